# Gold annotations of the sample article (see gold/tools/make_gold.py for the helpers).
# Rules: /work/shared/SPEC.md "What counts" + gold/README.md "Annotation guideline".
PUBLISHED = "2025-05"

ALL = ("LOCATION", "ORG", "MISC", "PERSON")   # alt labels of optional "any label" items

# ---------------------------------------------------------------- entities
ENT("France", "LOCATION", "country", "France")
ENT("Kazakhstan", "LOCATION", "country", "Kazakhstan", accepted=("Republic of Kazakhstan",))
ENT("Kassym-Jomart Tokayev", "PERSON", "person", "Kassym-Jomart Tokayev",
    accepted=("Kassym-Jomart Tokaev", "Tokayev", "Kassym-Zhomart Tokayev"))
ENT("Astana International Forum", "MISC", "event", "Astana International Forum", "AIF")
ENT("Institut Prospective et Sécurité en Europe", "ORG", "institute",
    "Institut Prospective et Sécurité en Europe", "IPSE",
    accepted=("Institute for Prospective and Security in Europe", "IPSE",
              "Prospective and Security in Europe Institute"))
ENT("Bruno Fuchs", "PERSON", "person", "Bruno Fuchs")
ENT("Haut-Rhin", "LOCATION", "region", "Haut-Rhin", accepted=("Upper Rhine",))
ENT("Foreign Affairs Committee of the National Assembly", "ORG", "government_body",
    "Foreign Affairs Committee of the National Assembly",
    accepted=("Committee on Foreign Affairs of the National Assembly",
              "National Assembly Foreign Affairs Committee",
              "French National Assembly Foreign Affairs Committee"))
ENT("Europe", "LOCATION", "continent", "Europe")
ENT("Central Asia", "LOCATION", "region", "Central Asia")
ENT("Asia", "LOCATION", "continent", "Asia")
ENT("Eurasia", "LOCATION", "continent", "Eurasia")
ENT("Paris", "LOCATION", "city", "Paris")
ENT("Astana", "LOCATION", "city", "Astana", accepted=("Nur-Sultan",))
ENT("Samarkand", "LOCATION", "city", "Samarkand", accepted=("Samarqand",))
ENT("EU–Central Asia Summit", "MISC", "event", "EU–Central Asia Summit",
    accepted=("EU-Central Asia Summit", "EU - Central Asia Summit"))
ENT("Uzbekistan", "LOCATION", "country", "Uzbekistan")
ENT("Turkmenistan", "LOCATION", "country", "Turkmenistan")
ENT("Tajikistan", "LOCATION", "country", "Tajikistan")
ENT("Kyrgyzstan", "LOCATION", "country", "Kyrgyzstan", accepted=("Kyrgyz Republic", "Kirghizia"))
ENT("Astana process", "MISC", "event", "Astana process",
    accepted=("Astana talks", "Astana peace process", "Astana format"), alt_labels=ALL[:2] + ("PERSON",))
ENT("Syria", "LOCATION", "country", "Syria")
ENT("Organization for Security and Co-operation in Europe", "ORG", "international_organization",
    "Organization for Security and Co-operation in Europe", "OSCE",
    accepted=("OSCE", "Organisation for Security and Co-operation in Europe",
              "Organization for Security and Cooperation in Europe"))
ENT("Shanghai Cooperation Organisation", "ORG", "international_organization",
    "Shanghai Cooperation Organisation", "SCO",
    accepted=("SCO", "Shanghai Cooperation Organization"))
ENT("Collective Security Treaty Organization", "ORG", "international_organization",
    "Collective Security Treaty Organization", "CSTO",
    accepted=("CSTO", "Collective Security Treaty Organisation"))
ENT("Eurasian Economic Union", "ORG", "international_organization", "Eurasian Economic Union",
    "EAEU", accepted=("EAEU", "EEU"))
ENT("Organization of Turkic States", "ORG", "international_organization",
    "Organization of Turkic States", "OTS", accepted=("OTS", "Organisation of Turkic States"))
ENT("Commonwealth of Independent States", "ORG", "international_organization",
    "Commonwealth of Independent States", "CIS", accepted=("CIS",))
ENT("Conference on Interaction and Confidence-Building Measures in Asia", "ORG",
    "international_organization",
    "Conference on Interaction and Confidence-Building Measures in Asia", "CICA",
    accepted=("CICA", "Conference on Interaction and Confidence Building Measures in Asia"))
ENT("Treaty of Semipalatinsk", "MISC", "treaty", "Treaty of Semipalatinsk", "CANWFZ",
    accepted=("Semipalatinsk Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty",
              "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"))
ENT("Treaty on the Prohibition of Nuclear Weapons", "MISC", "treaty",
    "Treaty on the Prohibition of Nuclear Weapons", "TPNW",
    accepted=("TPNW", "Nuclear Weapon Ban Treaty", "Treaty on the Prohibition of Atomic Weapons"))
ENT("United Nations", "ORG", "international_organization", "United Nations", "UN",
    accepted=("UN", "United Nations Organization", "UNO"))
ENT("European Commission", "ORG", "international_organization", "European Commission", "EC")
ENT("Ursula von der Leyen", "PERSON", "person", "Ursula von der Leyen",
    accepted=("Ursula Von der Leyen", "von der Leyen"))
ENT("European Council", "ORG", "international_organization", "European Council")
ENT("António Costa", "PERSON", "person", "António Costa", accepted=("Antonio Costa",))
ENT("European Union", "ORG", "international_organization", "European Union", "EU",
    accepted=("EU",))
ENT("Council of the European Union", "ORG", "international_organization",
    "Council of the European Union", accepted=("Council of the EU", "European Council"))
ENT("Charles Michel", "PERSON", "person", "Charles Michel")
ENT("EU Strategy on Central Asia", "MISC", "initiative", "EU Strategy on Central Asia",
    accepted=("New Strategy for Central Asia", "New EU Strategy on Central Asia",
              "EU Strategy for Central Asia", "New Strategy on Central Asia",
              "The EU and Central Asia: New Opportunities for a Stronger Partnership"))
ENT("Eastern Partnership", "MISC", "initiative", "Eastern Partnership", "EaP")
ENT("Black Sea", "LOCATION", "body_of_water", "Black Sea")
ENT("South Caucasus", "LOCATION", "region", "South Caucasus", accepted=("Southern Caucasus",))
ENT("Global Gateway", "MISC", "initiative", "Global Gateway", accepted=("EU Global Gateway",))
ENT("Belt and Road Initiative", "MISC", "initiative", "Belt and Road Initiative", "BRI",
    accepted=("BRI", "One Belt, One Road", "One Belt One Road", "OBOR", "Belt and Road",
              "New Silk Road", "New Silk Roads", "New Silk Road initiative"))
ENT("Xi Jinping", "PERSON", "person", "Xi Jinping")
ENT("Nursultan Nazarbayev", "PERSON", "person", "Nursultan Nazarbayev",
    accepted=("Nursultan Nazarbaev",))
ENT("EU–Central Asia Investment Forum", "MISC", "event", "EU–Central Asia Investment Forum",
    accepted=("Investment Forum", "EU-Central Asia Investors Forum",
              "EU–Central Asia Investors Forum"), alt_labels=ALL[:2] + ("PERSON",))
ENT("China", "LOCATION", "country", "China", accepted=("People's Republic of China", "PRC"))
ENT("Middle Corridor", "LOCATION", "route", "Middle Corridor",
    accepted=("Trans-Caspian International Transport Route", "TITR", "Middle Corridor route"),
    alt_labels=("MISC", "ORG"))
ENT("Australia", "LOCATION", "country", "Australia")
ENT("United States Geological Survey", "ORG", "government_body",
    "United States Geological Survey", "USGS",
    accepted=("US Geological Survey", "U.S. Geological Survey", "USGS"))
ENT("Russia", "LOCATION", "country", "Russia", accepted=("Russian Federation",))
ENT("Turkey", "LOCATION", "country", "Turkey", accepted=("Türkiye", "Turkiye"))
ENT("Moscow", "LOCATION", "city", "Moscow")
ENT("Ukraine", "LOCATION", "country", "Ukraine")
ENT("Donald Trump", "PERSON", "person", "Donald Trump", accepted=("Trump",))
ENT("Emmanuel Dupuy", "PERSON", "person", "Emmanuel Dupuy")
ENT("(state, common noun)", "LOCATION", "other", "state", alt_labels=("ORG", "MISC", "PERSON"))

# mentions: explicit first (context in brackets), then "*" for every remaining occurrence
M("du Kazakhstan, [Kassym-Jomart Tokaïev], en France", "Kassym-Jomart Tokayev")
M("Kassym-Jomart Tokaïev*", "Kassym-Jomart Tokayev")
M("Tokaïev*", "Kassym-Jomart Tokayev")
M("Astana International Forum", "Astana International Forum")
M("Institut Prospective et Sécurité en Europe*", "Institut Prospective et Sécurité en Europe")
M("IPSE*", "Institut Prospective et Sécurité en Europe")
M("Bruno Fuchs", "Bruno Fuchs")
M("Haut-Rhin", "Haut-Rhin")
M("Commission des Affaires étrangères de l'Assemblée nationale",
  "Foreign Affairs Committee of the National Assembly")
M("relations privilégiées qui existent entre [Paris] et Astana", "Paris", alt_labels=("ORG",),
  note="capital standing for the French state (metonymy)")
M("entre Paris et [Astana]", "Astana", alt_labels=("ORG",),
  note="capital standing for the Kazakh state (metonymy)")
M("visite d'Etat à [Paris]", "Paris")
M("visite d'[Etat]", "(state, common noun)", optional=True,
  note="common noun in 'visite d'Etat' (state visit); optional so an NER hit is not penalised")
M("Chefs d'[Etat]", "(state, common noun)", optional=True, note="common noun")
M("ces [Etats] enclavés", "(state, common noun)", optional=True, note="common noun")
M("Sommet UE – Asie centrale", "EU–Central Asia Summit",
  note="capitalised summit name = one event; the lower-case 'sommet UE – Asie centrale' "
       "below is annotated as its participants (README)")
M("Samarcande*", "Samarkand")
M("Ouzbékistan*", "Uzbekistan")
M("Turkménistan", "Turkmenistan")
M("Tadjikistan", "Tajikistan")
M("Kirghizistan", "Kyrgyzstan")
M("processus d'Astana", "Astana process", optional=True,
  note="lower-case head but the established name of the Syria talks; optional: 'Astana' "
       "alone is an equally defensible annotation")
M("Syrie", "Syria")
M("Organisation pour la Sécurité et la Coopération en Europe",
  "Organization for Security and Co-operation in Europe")
M("OSCE", "Organization for Security and Co-operation in Europe")
M("Organisation de Coopération de Shanghai", "Shanghai Cooperation Organisation")
M("OCS", "Shanghai Cooperation Organisation")
M("Organisation du Traité de Sécurité Collective", "Collective Security Treaty Organization")
M("OTSC", "Collective Security Treaty Organization")
M("Union Economique Eurasiatique", "Eurasian Economic Union")
M("UEE", "Eurasian Economic Union")
M("organisation des états turcs", "Organization of Turkic States",
  note="name written in lower case in the source")
M("OTS", "Organization of Turkic States")
M("Communauté des Etats indépendants", "Commonwealth of Independent States")
M("CEI", "Commonwealth of Independent States")
M("Conférence pour l'interaction et les mesures de confiance en Asie",
  "Conference on Interaction and Confidence-Building Measures in Asia")
M("CICA", "Conference on Interaction and Confidence-Building Measures in Asia")
M("Traité de Semipalatinsk", "Treaty of Semipalatinsk")
M("Traité d'interdiction de l'arme atomique", "Treaty on the Prohibition of Nuclear Weapons")
M("ONU", "United Nations")
M("Commission européenne*", "European Commission")
M("Ursula Von der Leyen*", "Ursula von der Leyen")
M("Conseil européen", "European Council")
M("Antonio Costa", "António Costa")
M("Conseil de l`Union Européenne", "Council of the European Union",
  note="as written; Charles Michel actually presided the European Council (accepted_en)")
M("Charles Michel", "Charles Michel")
M("Nouvelle stratégie pour l'Asie centrale", "EU Strategy on Central Asia",
  note="title of the 2019 EU strategy document: one MISC, no inner 'Asie centrale'")
M("Partenariat oriental", "Eastern Partnership")
M("Mer Noire", "Black Sea")
M("Caucase du Sud", "South Caucasus")
M("Global Gateway", "Global Gateway")
M("nouvelles routes de la Soie", "Belt and Road Initiative", optional=True,
  note="common French name of the BRI, lower case; optional")
M("One Belt, One Road", "Belt and Road Initiative")
M("OBOR", "Belt and Road Initiative")
M("Belt and Road Initiative", "Belt and Road Initiative")
M("BRI", "Belt and Road Initiative")
M("Xi Jiping", "Xi Jinping", flags=("misspelt:Xi Jiping->Xi Jinping",),
  note="misspelt in the source")
M("Nursultan Nazerbayev", "Nursultan Nazarbayev",
  flags=("misspelt:Nazerbayev->Nazarbayev",), note="misspelt in the source")
M("Investment forum", "EU–Central Asia Investment Forum", optional=True,
  note="half-English, half-generic event name; optional")
M("Corridor du Milieu", "Middle Corridor")
M("Middle Corridor", "Middle Corridor")
M("Australie", "Australia")
M("US Geological Survey", "United States Geological Survey")
M("Turquie", "Turkey")
M("Moscou", "Moscow", alt_labels=("ORG",), note="capital standing for the Russian state")
M("Ukraine", "Ukraine")
M("administration [Trump]", "Donald Trump", alt_labels=("ORG",),
  note="'administration Trump': the person's name; the phrase is in the glossary")
M("[Emmanuel Dupuy]\nPrésident", "Emmanuel Dupuy")
M("Kazakhstan*", "Kazakhstan")
M("France*", "France")
M("Asie centrale*", "Central Asia")
M("Asie*", "Asia")
M("Europe*", "Europe")
M("Eurasie*", "Eurasia")
M("Astana*", "Astana")
M("Union Européenne*", "European Union")
M("UE*", "European Union")
M("Chine*", "China")
M("Russie*", "Russia")

# ---------------------------------------------------------------- dates
D("En [2008], la France", "date", "2008")
D("novembre dernier", "date", "2024-11", note="relative to the publication month 2025-05")
D("à [quelques jours] de la tenue", "duration", "PXD",
  note="'à quelques jours de' = a few days before; vague duration")
D("29-30 mai 32025", "interval", "2025-05-29/2025-05-30",
  flags=("year_out_of_range:32025->2025",))
D("depuis [quelques années]", "duration", "PXY", mod="since")
D("scellé en [2008]", "date", "2008")
D("novembre 2024", "date", "2024-11")
D("à partir de [2017]", "date", "2017", mod="from")
D("ratifié en [2009]", "date", "2009")
D("l'ONU en [2017]", "date", "2017")
D("3-4 avril 2025", "interval", "2025-04-03/2025-04-04")
D("octobre 2022", "date", "2022-10")
D("de l'[époque], Charles", "vague", "PAST_REF", optional=True,
  note="'de l'époque' = at the time (anaphoric to octobre 2022); optional")
D("s'est fait, [ces dernières années]", "vague", "PAST_REF", gran="year")
D("juin 2019", "date", "2019-06")
D("septembre 2022", "date", "2022-09")
D("novembre 2013", "date", "2013-11")
D("mobilisés, en [2022]", "date", "2022")
D("d'ici [quelques semaines]", "duration", "PXW", mod="by")
D("Par ailleurs, en [2024]", "date", "2024")
D("qu'en [1993]", "date", "1993")
D("croissance qui, en [2024]", "date", "2024")
D("prévisions pour [2025]", "date", "2025")
D("région : en [2024]", "date", "2024")
D("[Aujourd'hui] le Kazakhstan", "vague", "PRESENT_REF")
D("Ainsi, en [2024]", "date", "2024")
D("d'ici [2027]", "date", "2027", mod="by")
D("sont [aujourd'hui] compris", "vague", "PRESENT_REF")
D("entre 19 et 23 jours", "duration", "P19D/P23D")
D("deux semaines", "duration", "P2W")
D("représente [aujourd'hui] 80", "vague", "PRESENT_REF")
D("Depuis [2005]", "date", "2005", mod="since")
D("En [2024], la production", "date", "2024")
D("après [34 ans]", "duration", "P34Y", mod="after")
D("[Aujourd'hui], la région", "vague", "PRESENT_REF")
D("depuis [le 24 février 2022]", "date", "2022-02-24", mod="since")

# ---------------------------------------------------------------- quantities
Q("les [deux pays]", "count", 2, subject="pays", optional=True,
  note="anaphoric 'les deux pays' (France and Kazakhstan): optional")
Q("cinq états", "count", 5, subject="états d'Asie centrale")
Q("75 à 80 millions d'habitants", "count", 75e6, vmax=80e6, subject="habitants")
Q("moins de [15 ans d'âge]", "age", 15, unit="yr", approx="less_than",
  subject="âge des habitants")
Q("2,7 millions de Km2", "area", 2.7e6, unit="km2", subject="superficie du Kazakhstan")
Q("quatre fois et demi", "multiplier", 4.5, subject="superficie française")
Q("44 états", "count", 44, subject="états enclavés")
Q("plus de [40 milliards d'euros]", "money", 40e9, cur="EUR", approx="more_than",
  subject="dépenses en technologie et en infrastructures")
Q("10 milliards d'euros", "money", 10e9, cur="EUR", subject="montants mobilisés")
Q("12 milliards", "money", 12e9, cur="EUR", flags=("currency_inferred",),
  subject="montants identifiés")
Q("position de [première économie]", "rank", 1, subject="économie d'Asie centrale",
  optional=True, note="superlative 'première économie': optional rank")
Q("288 milliards de dollars US", "money", 288e9, cur="USD", subject="PIB national")
Q("14 300 dollars", "money", 14300, cur="USD", subject="PIB par habitant")
Q("près de [20 fois plus]", "multiplier", 20, approx="nearly", subject="PIB par habitant")
Q("17 milliards de dollars US", "money", 17e9, cur="USD",
  subject="investissements directs étrangers")
Q("4,5 millions de tonnes", "mass", 4.5e6, unit="t",
  subject="volume des transports de conteneurs")
Q("10 millions de tonnes", "mass", 10e6, unit="t", subject="volume des transports de conteneurs")
Q("cinq premiers", "rank", 5, approx="at_most", subject="investisseurs étrangers",
  optional=True, note="'parmi les cinq premiers investisseurs': optional rank")
Q("plus de [20 milliards de dollars]", "money", 20e9, cur="USD", approx="more_than",
  subject="investissements français")
Q("premier exportateur", "rank", 1, subject="exportateur régional de pétrole brut",
  optional=True, note="superlative: optional rank")
Q("88,4 millions de tonnes", "mass", 88.4e6, unit="t", subject="pétrole brut produit")
Q("68,8 millions", "mass", 68.8e6, unit="t", flags=("unit_inferred",),
  subject="pétrole brut exporté")
Q("30 milliards de barils", "volume", 30e9, unit="bbl", subject="réserves pétrolières")
Q("12ème rang", "rank", 12, subject="réserves mondiales de pétrole")
Q("premier producteur", "rank", 1, subject="production mondiale d'uranium", optional=True,
  note="superlative: optional rank")
Q("23 270 tonnes#1", "mass", 23270, unit="t", subject="production d'uranium")
Q("815 200 KT", "mass", 815200, unit="kt", subject="réserves prouvées d'hydrocarbures",
  note="'KT' read as kilotonnes")
Q("deuxième place", "rank", 2, subject="réserves prouvées d'hydrocarbures")
Q("23 270 tonnes#2", "mass", 23270, unit="t", subject="production d'uranium")
Q("plus de [130 gisements]", "count", 130, approx="more_than", subject="gisements connus")
Q("quelques [380]", "count", 380, approx="about", subject="gisements recensés",
  note="'quelques 380' (sic for 'quelque 380') = about 380")
Q("27 états membres", "count", 27, subject="états membres de l'UE")
Q("5 pays", "count", 5, subject="pays d'Asie centrale")

# ---------------------------------------------------------------- percentages
P("35%", 35, "share", subject="habitants de moins de 15 ans")
P("50%", 50, "share", subject="PIB régional")
P("+ 4,8 %", 4.8, "change", sign="+", subject="croissance")
P("+ 5,4%", 5.4, "change", sign="+", subject="prévisions de croissance pour 2025")
P("63 %", 63, "share", subject="IDE en Asie centrale")
P("désormais [80 %] du fret", 80, "share",
  subject="fret ferroviaire entre la Chine et l'Europe")
P("62 %", 62, "change", subject="volume des transports de conteneurs")
P("aujourd'hui [80 %] du commerce", 80, "share",
  subject="commerce entre la France et l'Asie centrale")
P("près de [37%]", 37, "share", subject="production mondiale d'uranium")
P("40%", 40, "share", subject="balance commerciale du pays")

# ---------------------------------------------------------------- glossary
for fr, en, acc, cat in [
    ("France", "France", (), "country"),
    ("Kazakhstan", "Kazakhstan", (), "country"),
    ("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev", ("Kassym-Jomart Tokaev",), "person"),
    ("Astana International Forum", "Astana International Forum", ("AIF",), "event"),
    ("Institut Prospective et Sécurité en Europe", "Institut Prospective et Sécurité en Europe",
     ("Institute for Prospective and Security in Europe", "IPSE"), "institute"),
    ("Bruno Fuchs", "Bruno Fuchs", (), "person"),
    ("Haut-Rhin", "Haut-Rhin", ("Upper Rhine",), "region"),
    ("Commission des Affaires étrangères de l'Assemblée nationale",
     "Foreign Affairs Committee of the National Assembly",
     ("Committee on Foreign Affairs of the National Assembly",
      "National Assembly Foreign Affairs Committee"), "government_body"),
    ("Assemblée nationale", "National Assembly", ("French National Assembly",), "government_body"),
    ("Europe", "Europe", (), "continent"),
    ("Asie centrale", "Central Asia", (), "region"),
    ("Asie", "Asia", (), "continent"),
    ("Eurasie", "Eurasia", (), "continent"),
    ("Paris", "Paris", (), "city"),
    ("Astana", "Astana", ("Nur-Sultan",), "city"),
    ("Samarcande", "Samarkand", ("Samarqand",), "city"),
    ("Sommet UE – Asie centrale", "EU–Central Asia Summit", ("EU-Central Asia Summit",), "event"),
    ("Ouzbékistan", "Uzbekistan", (), "country"),
    ("Turkménistan", "Turkmenistan", (), "country"),
    ("Tadjikistan", "Tajikistan", (), "country"),
    ("Kirghizistan", "Kyrgyzstan", ("Kyrgyz Republic",), "country"),
    ("processus d'Astana", "Astana process", ("Astana talks", "Astana format"), "event"),
    ("Syrie", "Syria", (), "country"),
    ("Organisation pour la Sécurité et la Coopération en Europe",
     "Organization for Security and Co-operation in Europe",
     ("Organisation for Security and Co-operation in Europe", "OSCE"), "international_organization"),
    ("Organisation de Coopération de Shanghai", "Shanghai Cooperation Organisation",
     ("Shanghai Cooperation Organization", "SCO"), "international_organization"),
    ("Organisation du Traité de Sécurité Collective", "Collective Security Treaty Organization",
     ("Collective Security Treaty Organisation", "CSTO"), "international_organization"),
    ("Union Economique Eurasiatique", "Eurasian Economic Union", ("EAEU", "EEU"),
     "international_organization"),
    ("organisation des états turcs", "Organization of Turkic States",
     ("Organisation of Turkic States", "OTS"), "international_organization"),
    ("Communauté des Etats indépendants", "Commonwealth of Independent States", ("CIS",),
     "international_organization"),
    ("Conférence pour l'interaction et les mesures de confiance en Asie",
     "Conference on Interaction and Confidence-Building Measures in Asia", ("CICA",),
     "international_organization"),
    ("Traité de Semipalatinsk", "Treaty of Semipalatinsk",
     ("Semipalatinsk Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"), "treaty"),
    ("Traité d'interdiction de l'arme atomique", "Treaty on the Prohibition of Nuclear Weapons",
     ("TPNW", "Nuclear Weapon Ban Treaty"), "treaty"),
    ("Commission européenne", "European Commission", (), "international_organization"),
    ("Ursula Von der Leyen", "Ursula von der Leyen", (), "person"),
    ("Conseil européen", "European Council", (), "international_organization"),
    ("Antonio Costa", "António Costa", ("Antonio Costa",), "person"),
    ("Union Européenne", "European Union", ("EU",), "international_organization"),
    ("Conseil de l'Union Européenne", "Council of the European Union",
     ("Council of the EU", "European Council"), "international_organization"),
    ("Charles Michel", "Charles Michel", (), "person"),
    ("Nouvelle stratégie pour l'Asie centrale", "EU Strategy on Central Asia",
     ("New Strategy for Central Asia", "New EU Strategy on Central Asia"), "initiative"),
    ("Partenariat oriental", "Eastern Partnership", ("EaP",), "initiative"),
    ("Mer Noire", "Black Sea", (), "body_of_water"),
    ("Caucase du Sud", "South Caucasus", ("Southern Caucasus",), "region"),
    ("Global Gateway", "Global Gateway", (), "initiative"),
    ("nouvelles routes de la Soie", "New Silk Roads",
     ("New Silk Road", "Belt and Road Initiative"), "initiative"),
    ("One Belt, One Road", "One Belt, One Road", ("Belt and Road Initiative", "OBOR"), "initiative"),
    ("Belt and Road Initiative", "Belt and Road Initiative", ("BRI",), "initiative"),
    ("Xi Jiping", "Xi Jinping", (), "person"),
    ("Nursultan Nazerbayev", "Nursultan Nazarbayev", ("Nursultan Nazarbaev",), "person"),
    ("Chine", "China", (), "country"),
    ("Corridor du Milieu", "Middle Corridor",
     ("Trans-Caspian International Transport Route",), "route"),
    ("Australie", "Australia", (), "country"),
    ("US Geological Survey", "United States Geological Survey",
     ("US Geological Survey", "U.S. Geological Survey", "USGS"), "government_body"),
    ("Russie", "Russia", (), "country"),
    ("Turquie", "Turkey", ("Türkiye",), "country"),
    ("Moscou", "Moscow", (), "city"),
    ("Ukraine", "Ukraine", (), "country"),
    ("Emmanuel Dupuy", "Emmanuel Dupuy", (), "person"),
]:
    G(fr, en, acc, cat)

for fr, en, acc in [
    ("IPSE", "IPSE", ("Institut Prospective et Sécurité en Europe",)),
    ("OIG", "IGO", ("intergovernmental organisation", "intergovernmental organization")),
    ("OSCE", "OSCE", ("Organization for Security and Co-operation in Europe",)),
    ("OCS", "SCO", ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization")),
    ("OTSC", "CSTO", ("Collective Security Treaty Organization",)),
    ("UEE", "EAEU", ("EEU", "Eurasian Economic Union")),
    ("OTS", "OTS", ("Organization of Turkic States",)),
    ("CEI", "CIS", ("Commonwealth of Independent States",)),
    ("CICA", "CICA", ("Conference on Interaction and Confidence-Building Measures in Asia",)),
    ("ONU", "UN", ("United Nations",)),
    ("UE", "EU", ("European Union",)),
    ("OBOR", "OBOR", ("One Belt, One Road", "BRI")),
    ("BRI", "BRI", ("Belt and Road Initiative",)),
    ("PIB", "GDP", ("gross domestic product",)),
    ("IDE", "FDI", ("foreign direct investment",)),
    ("ESG", "ESG", ("environmental, social and governance",)),
    ("DEI", "DEI", ("diversity, equity and inclusion",)),
]:
    G(fr, en, acc, "ACRONYM")

for fr, en, acc in [
    ("partenariat stratégique", "strategic partnership", ()),
    ("partenariat stratégique renforcé", "enhanced strategic partnership",
     ("reinforced strategic partnership", "strengthened strategic partnership")),
    ("visite d'Etat", "state visit", ()),
    ("transition énergétique", "energy transition", ()),
    ("développement durable", "sustainable development", ()),
    ("minerais critiques", "critical minerals", ("critical ores",)),
    ("minéraux critiques", "critical minerals", ()),
    ("hubs logistiques", "logistics hubs", ()),
    ("intelligence artificielle", "artificial intelligence", ("AI",)),
    ("agro-industrie", "agribusiness", ("agro-industry", "agroindustry")),
    ("changement climatique", "climate change", ()),
    ("diplomatie multi-vectorielle", "multi-vector diplomacy", ("multi-vector foreign policy",)),
    ("organisations intergouvernementales", "intergovernmental organisations",
     ("intergovernmental organizations", "IGOs")),
    ("puissance dénucléarisée", "denuclearised power",
     ("denuclearized power", "nuclear-weapon-free state")),
    ("pays enclavés", "landlocked countries", ("landlocked country", "landlocked states")),
    ("autonomie stratégique", "strategic autonomy", ()),
    ("intégration régionale", "regional integration", ()),
    ("discours sur l'état de l'UE", "State of the Union address",
     ("State of the Union speech", "State of the European Union address", "SOTEU")),
    ("PIB par habitant", "GDP per capita", ("per capita GDP",)),
    ("économies à revenu élevé", "high-income economies", ("high-income countries",)),
    ("investissements directs étrangers", "foreign direct investment", ("FDI",)),
    ("carrefour logistique", "logistics hub", ("logistics crossroads",)),
    ("fret ferroviaire", "rail freight", ("railway freight",)),
    ("transports de conteneurs", "container transport", ("container shipping", "container traffic")),
    ("chaînes d'approvisionnement", "supply chains", ()),
    ("pétrole brut", "crude oil", ()),
    ("réserves prouvées", "proven reserves", ("proved reserves",)),
    ("hydrocarbures", "hydrocarbons", ()),
    ("sites miniers", "mining sites", ("mines",)),
    ("cuivre", "copper", ()),
    ("ferro-alliages", "ferroalloys", ("ferro-alloys",)),
    ("blé", "wheat", ()),
    ("chaînes de valeurs", "value chains", ()),
    ("gisements", "deposits", ("mineral deposits", "fields")),
    ("phosphore", "phosphorus", ()),
    ("néodyme", "neodymium", ()),
    ("praséodyme", "praseodymium", ()),
    ("cérium", "cerium", ()),
    ("tantale", "tantalum", ()),
    ("crise migratoire", "migration crisis", ("migrant crisis",)),
    ("balance commerciale", "trade balance", ("balance of trade", "total trade")),
    ("républiques soviétiques", "Soviet republics", ()),
    ("relation trans-Atlantique", "transatlantic relationship", ("transatlantic relations",)),
    ("administration Trump", "Trump administration", ()),
]:
    G(fr, en, acc, "TERM")

# Deictic temporal adverbs/adjectives: optional (rule D9 in gold/README.md).
D("désormais#1", "vague", "PRESENT_REF", optional=True)
D("désormais#2", "vague", "PRESENT_REF", optional=True)
D("désormais#3", "vague", "PRESENT_REF", optional=True)
D("désormais#4", "vague", "PRESENT_REF", optional=True)
D("désormais#5", "vague", "PRESENT_REF", optional=True)
D("désormais#6", "vague", "PRESENT_REF", optional=True)
D("récent#1", "vague", "PAST_REF", optional=True)
D("récent#2", "vague", "PAST_REF", optional=True)
D("prochain", "vague", "FUTURE_REF", optional=True)
