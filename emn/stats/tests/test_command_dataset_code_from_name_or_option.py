"""The dataset code comes from the file name as Eurostat writes it, unless the content says
it or `--dataset` names it; a name that gives none asks for `--dataset`."""

import shutil

import pytest
from django.core.management.base import CommandError

from emn.stats.ingest.sources import code_from_name
from emn.stats.models import Dataset
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import HEADER, run_command

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("estat_migr_imm8.tsv", "migr_imm8"),
        ("migr_eirtn_Data_allcitizens.csv", "migr_eirtn"),
        ("migr_eirtn.tsv.gz", "migr_eirtn"),
        ("migr_asyappctza_tabular.tsv.gz", "migr_asyappctza"),
        ("migr_asyappctzm__custom_39520_20201006_200227.tsv", "migr_asyappctzm"),
        ("migr_asyappctzm_1_Data.csv", "migr_asyappctzm"),
        ("/some/where/MIGR_EIORD.TSV", "migr_eiord"),
        ("data (1).tsv", None),
    ],
)
def test_the_code_in_a_file_name(name, code):
    assert code_from_name(name) == code


def test_the_command_takes_the_code_from_the_file_name():
    output = run_command(str(SHARED / "estat_migr_imm8.tsv"), "--dry-run")
    assert "dataset migr_imm8," in output
    output = run_command(str(SHARED / "migr_eirtn_Data_allcitizens.csv"), "--dry-run")
    assert "dataset migr_eirtn," in output


def test_dataset_names_it_explicitly(tmp_path):
    path = tmp_path / "download (3).tsv"
    shutil.copy(SHARED / "sdg_08_10.tsv", path)
    with pytest.raises(CommandError, match="name it with --dataset CODE"):
        run_command(str(path))
    output = run_command(str(path), "--dataset", "SDG_08_10")
    assert "dataset sdg_08_10," in output
    assert Dataset.objects.get().code == "sdg_08_10"


def test_a_dataset_option_that_is_no_code_is_refused(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text(HEADER + "A,NR,DE\t1 \t2 \n", encoding="utf-8")
    with pytest.raises(CommandError, match="'not a code!' is not a dataset code"):
        run_command(str(path), "--dataset", "not a code!")
