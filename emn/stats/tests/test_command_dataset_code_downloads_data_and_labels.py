"""A dataset code as SOURCE downloads the bulk TSV and, beside it, the dataflow's structure
message, whose code lists label the new release (a local server plays Eurostat's API)."""

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from emn.stats.models import Code, Codelist
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import run_command

pytestmark = pytest.mark.django_db

TSV = (
    "freq,prodmilk,unit,geo\\TIME_PERIOD\t2012 \t2013 \n"
    "A,MM001,THS_T,LU\t300 \t310 p\n"
    "A,MM001,THS_T,EL\t1500 \t: \n"
)


class Eurostat(BaseHTTPRequestHandler):
    requested: list[str] = []

    def do_GET(self) -> None:
        Eurostat.requested.append(self.path)
        if self.path.startswith("/sdmx/2.1/data/APRO_MK_COLA?"):
            body = gzip.compress(TSV.encode())
        elif self.path.startswith("/sdmx/2.1/dataflow/ESTAT/APRO_MK_COLA/latest"):
            body = (SHARED / "apro_mk_cola-structure.xml").read_bytes()
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def eurostat(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Eurostat)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.STATS_EUROSTAT_API = f"http://127.0.0.1:{server.server_port}"
    yield
    server.shutdown()


def test_a_code_downloads_the_table_and_its_labels(eurostat):
    output = run_command("apro_mk_cola")
    assert "3 observations" in output
    geo = Code.objects.get(dimension__code="geo", code="LU")
    assert geo.labels.get("en") == "Luxembourg"
    milk = Code.objects.get(dimension__code="prodmilk", code="MM001")
    assert milk.labels.get("en") == "Cows' milk collected"  # from the downloaded code list
    assert Codelist.objects.filter(code="PRODMILK").exists()
    assert any(p.startswith("/sdmx/2.1/dataflow/") for p in Eurostat.requested)
