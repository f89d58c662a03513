"""Places from CLDR (babel) and ISO 3166 (pycountry): countries, regions, cities.

Every CLDR territory is indexed under its French and English display names, the names of
`pycountry` in French (short and official, `Corée, République de` read back as
`République de Corée`), parenthesised variants (`Myanmar (Birmanie)`), and the few extra
names of `data/entities/cldr_overrides.tsv`. Keys are folded (`entity_lexicon.fold`), so
accent-less and hyphen variants match (`Etats Unis` == `États-Unis`).
French départements come from ISO 3166-2 (`kb:iso:FR-68`, English name = French name).
Cities are CLDR's time-zone exemplar cities (French exemplar name when CLDR has one, else
the English name of the zone id): `Samarcande` -> `Samarkand`.

Non-geographic territory codes (EU, EZ, UN, the world, pseudo-locales) are left out: the
European Union and the United Nations are organisations of the knowledge base.
A name shared by two places is ambiguous and left out.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .entity_lexicon import fold

EXCLUDED = frozenset({"EU", "EZ", "UN", "ZZ", "XA", "XB", "001", "QO"})
_TZ_SKIP = re.compile(r"^(Etc|Antarctica|America/(Indiana|Kentucky|North_Dakota))/")


@dataclass(frozen=True)
class Place:
    code: str          # CLDR territory code (`KZ`, `143`) or `tz:<zone id>` for a city
    name_fr: str
    name_en: str
    category: str      # country | region | city

    @property
    def key(self) -> str:
        return f"kb:{self.kb_id}"

    @property
    def kb_id(self) -> str:
        return self.code if self.code.startswith("iso:") else f"cldr:{self.code}"


def _overrides() -> dict[str, tuple[str, str, list[str]]]:
    """code -> (preferred English name, preferred French name, extra French names)."""
    path = resources.files("pipeline").joinpath("data/entities/cldr_overrides.tsv")
    raw = path.read_text("utf-8")
    out = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            code, name_en, name_fr, extra = (line.split("\t") + ["", "", ""])[:4]
            extras = [x.strip() for x in extra.split("|") if x.strip()]
            out[code] = (name_en.strip(), name_fr.strip(), extras)
    return out


def _variants(name: str) -> list[str]:
    """`Myanmar (Birmanie)` -> both names; `Corée, République de` -> `République de Corée`;
    `R.A.S. chinoise de Hong Kong` -> `Hong Kong`."""
    out = [name]
    paren = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if paren:
        out += [paren.group(1), paren.group(2)]
    comma = re.fullmatch(r"([^,]+),\s*(.+?)(\s+(?:de|du|des|d'|d’))?", name)
    if comma:
        tail = (comma.group(3) or "").strip()
        joiner = "" if tail.endswith(("'", "’")) else " "
        out.append(f"{comma.group(2)} {tail}{joiner}{comma.group(1)}".replace("  ", " ").strip())
    sar = re.fullmatch(r"R\.A\.S\. \w+ de (.+)", name)
    if sar:
        out.append(sar.group(1))
    return out


def _pycountry_names() -> dict[str, list[str]]:
    """alpha-2 -> French names from pycountry's iso3166-1 translations."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        names = [tr.gettext(country.name)]
        for attr in ("official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(tr.gettext(value))
        out[country.alpha_2] = names
    return out


def _territories() -> list[tuple[Place, list[str], list[str]]]:
    """(place, French names, English names) of every geographic CLDR territory."""
    from babel import Locale

    fr, en = Locale("fr").territories, Locale("en").territories
    overrides, py_fr = _overrides(), _pycountry_names()
    out = []
    for code, cldr_fr in fr.items():
        if code in EXCLUDED or code not in en:
            continue
        name_en, name_fr, extra = overrides.get(code, ("", "", []))
        place = Place(code, name_fr or cldr_fr, name_en or en[code],
                      "region" if code.isdigit() else "country")
        names_fr = [cldr_fr, place.name_fr, *extra, *py_fr.get(code, [])]
        out.append((place, names_fr, [en[code], place.name_en]))
    return out


def _zone_ids() -> list[str]:
    """IANA zone ids: pytz's curated `common_timezones` (pytz comes with pandas), else the
    system's zoneinfo database."""
    try:
        import pytz

        return list(pytz.common_timezones)
    except ImportError:
        import zoneinfo

        zones = zoneinfo.available_timezones()
        return sorted(z for z in zones if not z.startswith(("Etc/", "SystemV/")))


def _cities() -> list[tuple[Place, list[str], list[str]]]:
    """(place, French names, English names) of CLDR's time-zone exemplar cities."""
    from babel import Locale

    fr_zones = Locale("fr").time_zones
    out = []
    for zone in _zone_ids():
        if "/" not in zone or _TZ_SKIP.match(zone):
            continue
        name_en = zone.rsplit("/", 1)[1].replace("_", " ")
        city_fr = (fr_zones.get(zone) or {}).get("city") if zone in fr_zones else None
        name_fr = re.sub(r"\s*[\[(].*$", "", city_fr or name_en)
        out.append((Place(f"tz:{zone}", name_fr, name_en, "city"), [name_fr], [name_en]))
    return out


DEPARTMENT_TYPES = ("Metropolitan department", "Overseas department")


def _departments() -> list[tuple[Place, list[str], list[str]]]:
    """French départements (ISO 3166-2 via pycountry): English uses their French names
    (`Haut-Rhin`). A name that is also a common word (`Nord`, `Manche`, `Var`) is left out."""
    import pycountry

    from .entity_lexicon import is_common_word

    out = []
    for sub in pycountry.subdivisions.get(country_code="FR") or []:
        if sub.type in DEPARTMENT_TYPES and not is_common_word(sub.name):
            out.append((Place(f"iso:{sub.code}", sub.name, sub.name, "region"), [sub.name], []))
    return out


@lru_cache(maxsize=1)
def place_index() -> dict[str, Place]:
    """Folded name -> Place. Tiers, a key of an earlier tier is never taken by a later one:
    French territory names, French city names, English names. A key shared by two places
    of one tier is ambiguous and dropped."""
    territories, cities, departments = _territories(), _cities(), _departments()
    tiers = [
        [(place, fr) for place, fr, _ in territories],
        [(place, fr) for place, fr, _ in cities],
        [(place, fr) for place, fr, _ in departments],
        [(place, en) for place, _, en in territories + cities],
    ]
    index: dict[str, Place] = {}
    for tier in tiers:
        found: dict[str, set[Place]] = {}
        for place, names in tier:
            for name in names:
                for variant in _variants(name):
                    key = fold(variant)
                    if key and key not in index:
                        found.setdefault(key, set()).add(place)
        index.update({key: next(iter(p)) for key, p in found.items() if len(p) == 1})
    return index


@lru_cache(maxsize=1)
def places_by_code() -> dict[str, Place]:
    return {place.code: place for place in place_index().values()}


def lookup_place(name: str) -> Place | None:
    """The CLDR place called `name` (any case, accents, hyphens), or None."""
    return place_index().get(fold(name))
