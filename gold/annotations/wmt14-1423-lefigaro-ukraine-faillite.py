# Gold annotations of WMT14 newstest2014 document 1423-lefigaro (Le Figaro, 2013).
# The anchor is the year 2013 only (see the meta sidecar): weekday and "this week"
# expressions keep TIMEX3 X placeholders and the flag anchor_too_coarse (README).
PUBLISHED = "2013"

ALL_BUT_ORG = ("LOCATION", "MISC", "PERSON")

# ---------------------------------------------------------------- entities
ENT("Ukraine", "LOCATION", "country", "Ukraine")
ENT("Standard & Poor's", "ORG", "company", "Standard & Poor's", "S&P",
    accepted=("S&P", "S&P Global Ratings", "Standard and Poor's"))
ENT("Kyiv", "LOCATION", "city", "Kyiv", accepted=("Kiev",))
ENT("Russia", "LOCATION", "country", "Russia", accepted=("Russian Federation",))
ENT("European Union", "ORG", "international_organization", "European Union", "EU",
    accepted=("EU",))
ENT("International Monetary Fund", "ORG", "international_organization",
    "International Monetary Fund", "IMF", accepted=("IMF", "the Fund"))
ENT("Oleksandr Zholud", "PERSON", "person", "Oleksandr Zholud",
    accepted=("Oleksandr Joloud", "Olexandr Zholud", "Alexander Zholud"))
ENT("International Centre for Policy Studies", "ORG", "institute",
    "International Centre for Policy Studies", "ICPS",
    accepted=("Centre for Political Studies", "Center for Political Studies",
              "Centre for Policy Studies", "Center for Policy Studies", "ICPS"))
ENT("Agence France-Presse", "ORG", "media", "Agence France-Presse", "AFP", accepted=("AFP",))
ENT("Brussels", "LOCATION", "city", "Brussels")
ENT("Yulia Tymoshenko", "PERSON", "person", "Yulia Tymoshenko",
    accepted=("Yulia Timoshenko", "Yulia Timochenko", "Yuliya Tymoshenko"))
ENT("Moscow", "LOCATION", "city", "Moscow")

M("Ukraine*", "Ukraine")
M("Standard & Poor's", "Standard & Poor's")
M("S&P*", "Standard & Poor's")
M("Kiev*", "Kyiv", alt_labels=("ORG",), note="capital standing for the Ukrainian government")
M("Russie*", "Russia")
M("UE*", "European Union")
M("Fonds monétaire international", "International Monetary Fund")
M("le [Fonds] refuse", "International Monetary Fund", optional=True,
  note="'le Fonds' = the IMF; a capitalised common-noun short form: optional")
M("FMI", "International Monetary Fund")
M("Oleksandr Joloud", "Oleksandr Zholud",
  note="French transliteration of Олександр Жолудь; the WMT reference keeps 'Joloud'")
M("Centre des Etudes politiques", "International Centre for Policy Studies",
  note="Zholud's think tank in Kyiv; the French text and the WMT reference translate the "
       "name loosely, hence the accepted_en forms")
M("AFP", "Agence France-Presse")
M("Bruxelles", "Brussels", alt_labels=("ORG",), note="capital standing for the EU")
M("Ioulia Timochenko", "Yulia Tymoshenko")
M("Moscou", "Moscow", alt_labels=("ORG",), note="capital standing for the Russian state")

# ---------------------------------------------------------------- dates
D("a abaissé [vendredi]", "date", "2013-WXX-5", flags=("anchor_too_coarse",),
  note="a Friday of 2013; the article gives no day, so the week stays unresolved")
D("depuis [plus d'un an]", "duration", "P1Y", mod="since",
  note="'plus d'' stays in the span; the leading preposition sets the modifier")
D("d'ici [un an]", "duration", "P1Y", mod="by")
D("entre septembre 2012 et septembre 2013", "interval", "2012-09/2013-09")
D("fin novembre", "date", "2013-11", mod="end")
D("au [lendemain] de la publication", "date", None, gran="day", optional=True,
  note="'au lendemain de' an event: relative to an event, not to the anchor; optional")
D("entre juillet et septembre", "interval", "2013-07/2013-09",
  note="months without a year resolve to the anchor year")
D("[cinquième trimestre] de suite", "duration", None, gran="quarter", optional=True,
  note="'son cinquième trimestre de suite' measures five quarters; optional")
D("ces dernières années", "vague", "PAST_REF", gran="year")
D("2008-2009", "interval", "2008/2009")
D("depuis [des mois]", "duration", "PXM", mod="since")
D("accordé en [2010]", "date", "2010")
D("pour l'[instant]", "vague", "PRESENT_REF", optional=True,
  note="'pour l'instant' = for now; optional like 'à l'époque'")
D("constaté [cette semaine]", "date", "2013-WXX", flags=("anchor_too_coarse",))
D("amélioration à [court terme]", "vague", "FUTURE_REF", optional=True,
  note="'à court terme' (short term): a vague horizon; optional")
D("prévues en [2015]", "date", "2015")
D("commerce à [long terme]", "vague", "FUTURE_REF", optional=True, note="vague horizon")
D("négatives à [court et moyen termes]", "vague", "FUTURE_REF", optional=True,
  note="vague horizon")

# ---------------------------------------------------------------- quantities
Q("au moins une chance sur trois", "other", 1 / 3, approx="at_least",
  subject="probabilité d'un nouvel abaissement de la note", optional=True,
  note="a probability written as a ratio: optional ('other')")
Q("882 millions de dollars", "money", 882e6, cur="USD", subject="facture de gaz")
Q("15,3 milliards de dollars", "money", 15.3e9, cur="USD", subject="crédit du FMI")
Q("3,4 milliards", "money", 3.4e9, cur="USD", flags=("currency_inferred",),
  subject="crédit débloqué")

# ---------------------------------------------------------------- percentages
P("26%", 26, "change", subject="réserves de change de l'Ukraine",
  note="'ont chuté de 26%': the fall is in the verb, the number carries no sign")
P("33,5%", 33.5, "share", subject="endettement (du PIB)")
P("moins de [10%]", 10, "share", subject="endettement (du PIB) avant la crise")

# ---------------------------------------------------------------- glossary
for fr, en, acc, cat in [
    ("Ukraine", "Ukraine", (), "country"),
    ("Standard & Poor's", "Standard & Poor's", ("S&P", "S&P Global Ratings"), "company"),
    ("Kiev", "Kyiv", ("Kiev",), "city"),
    ("Russie", "Russia", (), "country"),
    ("Fonds monétaire international", "International Monetary Fund", ("IMF",),
     "international_organization"),
    ("Oleksandr Joloud", "Oleksandr Zholud", ("Oleksandr Joloud",), "person"),
    ("Centre des Etudes politiques", "International Centre for Policy Studies",
     ("Centre for Political Studies", "Center for Political Studies", "ICPS"), "institute"),
    ("Bruxelles", "Brussels", (), "city"),
    ("Ioulia Timochenko", "Yulia Tymoshenko", ("Yulia Timoshenko", "Yulia Timochenko"), "person"),
    ("Moscou", "Moscow", (), "city"),
]:
    G(fr, en, acc, cat)
for fr, en, acc in [
    ("S&P", "S&P", ("Standard & Poor's",)),
    ("UE", "EU", ("European Union",)),
    ("FMI", "IMF", ("International Monetary Fund",)),
    ("AFP", "AFP", ("Agence France-Presse",)),
    ("PIB", "GDP", ("gross domestic product",)),
]:
    G(fr, en, acc, "ACRONYM")
for fr, en, acc in [
    ("faillite", "bankruptcy", ("default", "economic collapse")),
    ("agence de notation", "credit rating agency", ("rating agency",)),
    ("note de solvabilité", "credit rating", ("creditworthiness rating", "solvency rating")),
    ("ex-république soviétique", "former Soviet republic", ()),
    ("récession", "recession", ()),
    ("obligations financières", "financial obligations", ()),
    ("titres de dette publique", "government debt securities",
     ("sovereign debt", "government bonds", "public debt securities")),
    ("investissements spéculatifs", "speculative-grade investments",
     ("speculative grade", "junk", "speculative investments", "non-investment grade")),
    ("perspective négative", "negative outlook", ()),
    ("devises étrangères", "foreign currency", ("foreign exchange", "foreign currencies")),
    ("besoins de financement extérieurs", "external financing needs",
     ("external financing requirements",)),
    ("réserves de change", "foreign exchange reserves", ("forex reserves", "FX reserves")),
    ("monnaie locale", "local currency", ()),
    ("hryvnia", "hryvnia", ("UAH", "hryvnya")),
    ("dévaluation", "devaluation", ()),
    ("dette extérieure", "external debt", ("foreign debt",)),
    ("liquidités", "liquidity", ("cash", "liquid assets")),
    ("accord d'association", "association agreement", ()),
    ("statistiques officielles", "official statistics", ()),
    ("contraction", "contraction", ("economic contraction",)),
    ("endettement", "debt", ("indebtedness", "debt level")),
    ("déficit budgétaire", "budget deficit", ("fiscal deficit",)),
    ("tranche", "tranche", ("instalment", "installment")),
    ("réformes impopulaires", "unpopular reforms", ()),
    ("année préélectorale", "pre-election year", ()),
    ("élections présidentielles", "presidential election", ("presidential elections",)),
    ("opposante", "opposition leader", ("opposition figure", "opponent")),
    ("conjoncture internationale", "international economic situation",
     ("global economic conditions", "international circumstances")),
    ("restrictions commerciales", "trade restrictions", ()),
    ("zone de libre échange", "free trade area", ("free-trade zone", "free trade zone")),
    ("exportations", "exports", ()),
    ("importations de gaz", "gas imports", ()),
]:
    G(fr, en, acc, "TERM")
