"""Build the map of Europe the network overview draws: ISO alpha-2 code -> SVG path.

Reads Natural Earth's 1:50m country boundaries as redistributed by the npm package
world-atlas@2.0.2 (assets/node_modules/world-atlas/countries-50m.json, TopoJSON with ISO 3166
numeric ids), decodes the arcs, projects them with the Lambert azimuthal equal-area projection
centred on Europe (the one of EPSG:3035, so areas compare fairly), clips them to a frame that
holds every member and observer country (Iceland to Armenia, Cyprus to the North Cape) and
writes emn/network/static/network/europe-map.json.

The output is committed, so the application never needs this script, Node.js or pycountry;
run it again only to change the frame or the source. It needs pycountry (numeric -> alpha-2):

    python -m venv /tmp/mapvenv && /tmp/mapvenv/bin/pip install pycountry
    /tmp/mapvenv/bin/python scripts/build_europe_map.py
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "node_modules" / "world-atlas" / "countries-50m.json"
TARGET = ROOT / "emn" / "network" / "static" / "network" / "europe-map.json"

Point = tuple[float, float]
Ring = list[Point]

# EPSG:3035's centre; a sphere is precise enough for a map this size.
LON0, LAT0 = math.radians(10.0), math.radians(52.0)
# Geographic pre-clip, generous, so nothing from the far side of the globe reaches the frame.
GEO_BOX = (-40.0, 22.0, 75.0, 86.0)
# Frame in projected units (radians on the unit sphere), chosen to hold Iceland, the Iberian
# peninsula, Cyprus, Armenia and northern Norway with a small margin.
FRAME = (-0.44, -0.335, 0.53, 0.37)
WIDTH = 1000  # SVG units across; coordinates are rounded to whole units.
MIN_AREA = 3.0  # Rings smaller than this (square units) are dropped: specks of islands.
TOLERANCE = 0.5  # Douglas-Peucker tolerance in SVG units.
SMALL_AREA = 60.0  # Countries smaller than this also get a marker point, so they can be seen.

# Natural Earth draws these without an ISO code; we place them where EU maps do.
UNCODED = {"Kosovo": "XK", "N. Cyprus": "CY"}


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Absolute lon/lat points of every arc (TopoJSON stores quantized deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: Sequence[int], arcs: list[list[Point]]) -> Ring:
    """Join a ring's arcs; a negative index (~i) means arc i reversed."""
    ring: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(arc if not ring else arc[1:])
    return ring


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def clip(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman clipping of one ring to an axis-aligned box."""
    x0, y0, x1, y1 = box
    edges: list[tuple[Callable[[Point], bool], Callable[[Point, Point], Point]]] = [
        (lambda p: p[0] >= x0, lambda a, b: _cross_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cross_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cross_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cross_y(a, b, y1)),
    ]
    for inside, cross in edges:
        if not ring:
            break
        out: Ring = []
        previous = ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    out.append(cross(previous, point))
                out.append(point)
            elif inside(previous):
                out.append(cross(previous, point))
            previous = point
        ring = out
    return ring


def _cross_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def project(point: Point) -> Point:
    """Lambert azimuthal equal-area, y pointing up."""
    lon, lat = math.radians(point[0]), math.radians(point[1])
    cos_c = math.sin(LAT0) * math.sin(lat) + math.cos(LAT0) * math.cos(lat) * math.cos(lon - LON0)
    k = math.sqrt(2 / (1 + cos_c))
    x = k * math.cos(lat) * math.sin(lon - LON0)
    y = k * (math.cos(LAT0) * math.sin(lat) - math.sin(LAT0) * math.cos(lat) * math.cos(lon - LON0))
    return (x, y)


def to_svg(point: Point) -> Point:
    scale = WIDTH / (FRAME[2] - FRAME[0])
    return ((point[0] - FRAME[0]) * scale, (FRAME[3] - point[1]) * scale)


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on a closed ring (iterative, so long coastlines do not recurse deeply)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            distance = _distance(ring[i], ring[first], ring[last])
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, kept in zip(ring, keep, strict=True) if kept]


def _distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length


def area(ring: Sequence[Point]) -> float:
    return (
        abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)))
        / 2
    )


def rounded(ring: Ring) -> list[tuple[int, int]]:
    """Whole SVG units, without repeated points."""
    out: list[tuple[int, int]] = []
    for x, y in ring:
        point = (round(x), round(y))
        if not out or point != out[-1]:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def path_data(rings: Iterable[list[tuple[int, int]]]) -> str:
    """Compact path: an absolute move, then relative lines, one subpath per ring."""
    parts = []
    for ring in rings:
        (x, y), deltas = ring[0], []
        for px, py in ring[1:]:
            deltas.extend((px - x, py - y))
            x, y = px, py
        parts.append(f"M{_join(ring[0])}l{_join(deltas)}z")
    return "".join(parts)


def _join(numbers: Sequence[int]) -> str:
    """Numbers with the shortest separator SVG accepts: none before a minus sign."""
    text = ""
    for number in numbers:
        text += str(number) if not text or number < 0 else f" {number}"
    return text


def country_rings(geometry: dict, arcs: list[list[Point]]) -> list[list[tuple[int, int]]]:
    out = []
    for polygon in polygons(geometry):
        for indexes in polygon:
            ring = clip(ring_points(indexes, arcs), GEO_BOX)
            if len(ring) < 3:
                continue
            ring = clip([project(p) for p in ring], FRAME)
            if len(ring) < 3:
                continue
            svg = simplify([to_svg(p) for p in ring] + [to_svg(ring[0])], TOLERANCE)
            points = rounded(svg)
            if len(points) >= 3 and area(points) >= MIN_AREA:
                out.append(points)
    return out


def centre(rings: list[list[tuple[int, int]]]) -> list[int]:
    """Where to put the marker of a small country: the middle of its points."""
    points = [p for ring in rings for p in ring]
    return [
        round(sum(p[0] for p in points) / len(points)),
        round(sum(p[1] for p in points) / len(points)),
    ]


def alpha_2(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if name in UNCODED:
        return UNCODED[name]
    numeric = geometry.get("id")
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    return country.alpha_2 if country else None


def build() -> dict:
    topology = json.loads(SOURCE.read_text())
    arcs = decode_arcs(topology)
    rings: dict[str, list[list[tuple[int, int]]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha_2(geometry)
        if code is None:
            continue
        found = country_rings(geometry, arcs)
        if found:
            rings.setdefault(code, []).extend(found)
    height = round((FRAME[3] - FRAME[1]) * WIDTH / (FRAME[2] - FRAME[0]))
    return {
        "source": "Natural Earth 1:50m admin 0 (public domain) via world-atlas@2.0.2; "
        "built by scripts/build_europe_map.py",
        "projection": "Lambert azimuthal equal-area, centre 52N 10E",
        "viewBox": f"0 0 {WIDTH} {height}",
        "paths": {code: path_data(found) for code, found in sorted(rings.items())},
        "markers": {
            code: centre(found)
            for code, found in sorted(rings.items())
            if sum(area(ring) for ring in found) < SMALL_AREA
        },
    }


def main() -> None:
    data = build()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")
    size = TARGET.stat().st_size
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(data['paths'])} countries, {size:,} bytes")


if __name__ == "__main__":
    main()
