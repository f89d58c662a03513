"""Peer suites' unit and currency names mapped onto SPEC's fields (ISO 4217, SI).

Only unambiguous names map to one ISO code; an ambiguous one (`Dollar`, `Livre`, `Franc`,
`Roupie`, Duckling `$`/`£`/`rial`/`riyal`) accepts any code of its family. Sub-units (cents,
pence, ...) and units without an SI reading in SPEC (angles, bits, cups) are `None`:
value not comparable.
"""
from __future__ import annotations

DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "BSD", "BBD",
                     "BZD", "BMD", "BND", "FJD", "GYD", "LRD", "NAD", "SBD", "SRD", "TTD",
                     "XCD", "ZWL", "KYD"})
POUNDS = frozenset({"GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP", "SHP"})
FRANCS = frozenset({"CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "XPF", "CDF", "GNF", "RWF",
                    "BIF", "DJF", "KMF", "MGF"})
RUPEES = frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR", "MVR"})
RIALS = frozenset({"IRR", "OMR", "YER"})
RIYALS = frozenset({"SAR", "QAR"})

#: Recognizers-Text French currency unit -> accepted ISO codes (None: sub-unit, value in it).
RT_CURRENCY: dict[str, frozenset[str] | None] = {
    "Dollar": DOLLARS, "Livre": POUNDS, "Franc": FRANCS, "Roupie": RUPEES,
    "Euro": frozenset({"EUR"}), "Dollar États-Unis": frozenset({"USD"}),
    "Dollar Canadien": frozenset({"CAD"}), "Dollar Australien": frozenset({"AUD"}),
    "Dollar de Hong Kong": frozenset({"HKD"}), "Dollar néo-zélandais": frozenset({"NZD"}),
    "Yen Japonais": frozenset({"JPY"}), "Yuan Chinois": frozenset({"CNY"}),
    "Franc Suisse": frozenset({"CHF"}), "Roupie indienne": frozenset({"INR"}),
    "Mexican peso": frozenset({"MXN"}), "Mark Finlandais": frozenset({"FIM"}),
    "Florins Néerlandais": frozenset({"NLG"}),
    "Cent": None, "Pence": None, "Penny": None, "Pesewa": None, "Centimes": None,
}

#: Duckling AmountOfMoney unit -> accepted ISO codes (None: unnamed currency).
DUCKLING_CURRENCY: dict[str, frozenset[str] | None] = {
    "$": DOLLARS, "£": POUNDS, "EUR": frozenset({"EUR"}), "USD": frozenset({"USD"}),
    "GBP": frozenset({"GBP"}), "ILS": frozenset({"ILS"}), "rial": RIALS, "riyal": RIYALS,
    "unknown": None,
}

US_GALLON, UK_GALLON = 3.785411784e-3, 4.54609e-3
US_FL_OZ, UK_FL_OZ = 2.95735295625e-5, 2.84130625e-5

#: unit name -> list of accepted (SI factor, SI unit) readings; None: no SI reading in SPEC.
SI: dict[str, list[tuple[float, str]] | None] = {
    # Recognizers-Text DimensionModel
    "Kilomètres": [(1e3, "m")], "Mètres": [(1.0, "m")], "Décimètres": [(0.1, "m")],
    "Centimètres": [(0.01, "m")], "Millimètres": [(1e-3, "m")], "Hectomètre": [(100.0, "m")],
    "Pied": [(0.3048, "m")], "Pouce": [(0.0254, "m")], "Mile": [(1609.344, "m")],
    "Mètre carré": [(1.0, "m2")], "Kilomètre carré": [(1e6, "m2")], "Acre": [(4046.8564224, "m2")],
    "Litre": [(1e-3, "m3")], "Millilitre": [(1e-6, "m3")], "Gallon": [(US_GALLON, "m3"), (UK_GALLON, "m3")],
    "Baril": [(0.158987294928, "m3")], "Onces": [(US_FL_OZ, "m3"), (UK_FL_OZ, "m3")],
    "Pieds cube": [(0.028316846592, "m3")],
    "Tonne": [(1e3, "kg")], "Tonne métrique": [(1e3, "kg")], "Livre": [(0.45359237, "kg")],
    "Microgramme": [(1e-9, "kg")], "Miles par heure": [(0.44704, "m/s")],
    "Degree": None, "Radian": None, "Turn": None, "Bit": None,
    # Duckling Distance / Volume / Quantity
    "kilometre": [(1e3, "m")], "metre": [(1.0, "m")], "centimetre": [(0.01, "m")],
    "millimetre": [(1e-3, "m")], "mile": [(1609.344, "m")], "foot": [(0.3048, "m")],
    "inch": [(0.0254, "m")], "yard": [(0.9144, "m")],
    "litre": [(1e-3, "m3")], "millilitre": [(1e-6, "m3")], "centilitre": [(1e-5, "m3")],
    "hectolitre": [(0.1, "m3")], "gallon": [(US_GALLON, "m3"), (UK_GALLON, "m3")],
    "cup": None, "tablespoon": None,
}


def kelvin(value: float, unit: str) -> float | None:
    """A temperature in K from Celsius/Fahrenheit/Kelvin; None for an unspecified degree."""
    unit = unit.lower()
    if unit in ("c", "celsius"):
        return value + 273.15
    if unit in ("f", "fahrenheit"):
        return (value - 32.0) * 5.0 / 9.0 + 273.15
    if unit in ("kelvin", "k"):
        return value
    return None
