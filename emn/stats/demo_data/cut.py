"""Cut the demo extracts from the shared Eurostat files, with DuckDB (see PROVENANCE.md).

    DEBUG=true .venv/bin/python -m emn.stats.demo_data.cut ../shared/data/eurostat

Bulk TSVs keep their header and the rows whose series key matches, cell for cell (CRLF
as in the source). The Data Explorer CSVs (labels, thousands separators, Windows-1252)
become Eurostat TSVs: citizen "Total" only, countries mapped to codes as ingestion maps
them (`codelists.mapping`), values without separators, flags after a space.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
# output name -> (source file, key prefix rule: position in the key -> allowed codes)
TSV_CUTS: dict[str, tuple[str, dict[int, set[str]]]] = {
    "migr_asyappctza.tsv": (
        "migr_asyappctza_tabular.tsv.gz",
        {1: {"TOTAL"}, 2: {"T"}, 4: {"TOTAL"}, 5: {"ASY_APP"}},
    ),
    "demo_gind.tsv": ("demo_gind_tabular.tsv.gz", {1: {"JAN"}}),
    "migr_asydcfstq.tsv": (
        "migr_asydcfstq__custom_42121_20201007_150410.tsv",
        {2: {"TOTAL"}, 5: {"TOTAL", "TOTAL_POS"}},
    ),
}
LEGACY_CUTS = {
    "migr_eirtn.tsv": "migr_eirtn_Data_allcitizens.csv",
    "migr_eiord.tsv": "migr_eiord_Data_allcitizens.csv",
}


def cut_tsv(source: Path, target: Path, keep: dict[int, set[str]]) -> int:
    con = duckdb.connect()
    rows = con.execute(
        "SELECT * FROM read_csv(?, delim='\t', header=false, all_varchar=true, quote='', "
        "escape='')",
        [str(source)],
    ).fetchall()
    header, body = rows[0], rows[1:]
    kept = [r for r in body if all(r[0].split(",")[i] in codes for i, codes in keep.items())]
    lines = ["\t".join(cell or "" for cell in row) for row in [header, *kept]]
    target.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return len(kept)


def _cell(value: str, flag: str | None) -> str:
    number = value.replace(",", "").strip()
    return f"{number} {(flag or '').strip()}"


def cut_legacy(source: Path, target: Path) -> int:
    from emn.stats.codelists.mapping import code_for_label

    con = duckdb.connect()
    rows = con.execute(
        "SELECT TIME, GEO, Value, \"Flag and Footnotes\" FROM read_csv(?, encoding='latin-1', "
        "header=true, all_varchar=true) WHERE CITIZEN = 'Total' ORDER BY GEO, TIME",
        [str(source)],
    ).fetchall()
    years = sorted({r[0] for r in rows})
    cells: dict[str, dict[str, str]] = {}
    for time, geo, value, flag in rows:
        code = code_for_label("geo", geo)
        assert code, geo
        cells.setdefault(code, {})[time] = _cell(value, flag)
    header = "freq,citizen,unit,geo\\TIME_PERIOD\t" + "\t".join(f"{y} " for y in years)
    lines = [header] + [
        f"A,TOTAL,PER,{code}\t" + "\t".join(cells[code].get(y, ": ") for y in years)
        for code in sorted(cells)
    ]
    target.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return len(cells)


def main(shared: Path) -> None:
    import django

    django.setup()
    for name, (source, keep) in TSV_CUTS.items():
        print(name, cut_tsv(shared / source, HERE / name, keep), "rows")
    for name, source in LEGACY_CUTS.items():
        print(name, cut_legacy(shared / source, HERE / name), "rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
