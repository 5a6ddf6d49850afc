"""Readers of the source formats: each module turns one format into the staged table.

`READERS` names the module of each format `detect.detect` can return; every module has
`stage(path, name, con, table, codelists=None) -> Staged` (see `common.py`). A structure
message holds no observations: its module also has `read_structure`, and its `stage`
refuses with a message that says so.
"""

READERS: dict[str, str] = {
    "tsv": "emn.stats.formats.tsv",
    "sdmx-csv": "emn.stats.formats.sdmx_csv",
    "jsonstat": "emn.stats.formats.jsonstat",
    "sdmx-ml": "emn.stats.formats.sdmx_ml",
    "sdmx-structure": "emn.stats.formats.sdmx_structure",
    "legacy-csv": "emn.stats.formats.legacy_csv",
}
