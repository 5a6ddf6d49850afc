"""Dataflows as Eurostat's JSON (`dataflow/...?format=JSON`): its table of contents.

Eurostat answers a dataflow query with `format=JSON` as a JSON-stat 2.0 collection whose items
are the datasets, and the `eurostat` package's `get_toc`/`get_toc_df` read exactly that. Rules:
- the whole list is a `collection` with `link.item`; one dataflow asked by id is the item alone;
- an item has `class` "dataset", its title in `lang` (English fallback) as `label`, and in
  `extension` the id, agency, version, language and annotations: `UPDATE_DATA` and
  `UPDATE_STRUCTURE` with a `date` (when the data, and so its structure, last changed),
  `OBS_PERIOD_OVERALL_OLDEST`/`LATEST` with a `title`, and the flow's other annotations;
- only flows the reader may see are listed (the selection upstream decides).
"""

from __future__ import annotations

import json
from typing import Any

from emn.stats.sdmx.flows import Flow
from emn.stats.sdmx.structure_select import Artefact

CONTENT_TYPE = "application/json; charset=utf-8"
_DATED = ("UPDATE_DATA",)


def dataflows(artefacts: list[Artefact], lang: str, single: bool) -> bytes:
    """The collection of the dataflows, or the one dataflow's item when `single`."""
    items = [_item(artefact.flows[0], lang) for artefact in artefacts]
    body: dict[str, Any] = (
        items[0]
        if single and items
        else {
            "version": "2.0",
            "class": "collection",
            "label": "Dataflows",
            "link": {"item": items},
        }
    )
    return json.dumps(body, ensure_ascii=False).encode()


def _item(flow: Flow, lang: str) -> dict[str, Any]:
    updated = flow.updated.isoformat(timespec="seconds")
    annotations: list[dict[str, str]] = [
        {"type": "UPDATE_STRUCTURE", "date": updated},
    ]
    for annotation in flow.annotations:
        key = "date" if annotation.type in _DATED else "title"
        entry = {"type": annotation.type, key: annotation.title}
        text = annotation.texts.get(lang) or annotation.texts.get("en")
        if text:
            entry["text"] = text
        annotations.append(entry)
    return {
        "class": "dataset",
        "label": flow.name(lang),
        "extension": {
            "id": flow.id,
            "agencyId": flow.agency,
            "version": flow.version,
            "lang": lang.upper(),
            "annotation": annotations,
        },
    }
