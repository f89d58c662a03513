# Gold annotations of the article written for passerelle (published Thursday 2025-04-17).
PUBLISHED = "2025-04-17"

ANY = ("LOCATION", "MISC", "PERSON")

# ---------------------------------------------------------------- entities
ENT("Economic Community of West African States", "ORG", "international_organization",
    "Economic Community of West African States", "ECOWAS", accepted=("ECOWAS",))
ENT("Abuja", "LOCATION", "city", "Abuja")
ENT("Abidjan", "LOCATION", "city", "Abidjan")
ENT("Lagos", "LOCATION", "city", "Lagos")
ENT("West African Power Pool", "ORG", "international_organization", "West African Power Pool",
    "WAPP", accepted=("WAPP", "West African Power Pool (WAPP)"))
ENT("Mariam Koné-Sawadogo", "PERSON", "person", "Mariam Koné-Sawadogo",
    accepted=("Mariam Kone-Sawadogo",))
ENT("African Development Bank", "ORG", "international_organization", "African Development Bank",
    "AfDB", accepted=("AfDB", "ADB"))
ENT("Desert to Power", "MISC", "initiative", "Desert to Power",
    accepted=("Desert to Power initiative",))
ENT("World Bank", "ORG", "international_organization", "World Bank",
    accepted=("World Bank Group",))
ENT("Mission 300", "MISC", "initiative", "Mission 300")
ENT("West African Development Bank", "ORG", "international_organization",
    "West African Development Bank", "BOAD", accepted=("BOAD",))
ENT("British International Investment", "ORG", "company", "British International Investment",
    "BII", accepted=("BII",))
ENT("Ghana", "LOCATION", "country", "Ghana")
ENT("Sierra Leone", "LOCATION", "country", "Sierra Leone")
ENT("China Energy Engineering Corporation", "ORG", "company",
    "China Energy Engineering Corporation", "CEEC",
    accepted=("China Energy Engineering", "CEEC", "Energy China"))
ENT("Kano", "LOCATION", "city", "Kano")
ENT("Nigeria", "LOCATION", "country", "Nigeria")
ENT("Masdar", "ORG", "company", "Masdar", accepted=("Abu Dhabi Future Energy Company",))
ENT("Khaled Al-Hashemi", "PERSON", "person", "Khaled Al-Hashemi",
    accepted=("Khaled Al-Hachemi", "Khalid Al-Hashemi", "Khaled al-Hashimi", "Khalid Al Hashimi"))
ENT("Senegal", "LOCATION", "country", "Senegal")
ENT("Sangomar", "LOCATION", "facility", "Sangomar",
    accepted=("Sangomar field", "Sangomar oil field", "Sangomar oilfield"), alt_labels=("MISC",))
ENT("Woodside Energy", "ORG", "company", "Woodside Energy", accepted=("Woodside",))
ENT("Greater Tortue Ahmeyim", "MISC", "project", "Greater Tortue Ahmeyim", "GTA",
    accepted=("GTA", "Grand Tortue Ahmeyim", "Greater Tortue Ahmeyim LNG project"),
    alt_labels=("LOCATION", "ORG"))
ENT("Mauritania", "LOCATION", "country", "Mauritania")
ENT("Dakar", "LOCATION", "city", "Dakar")
ENT("Ousmane Ndiaye", "PERSON", "person", "Ousmane Ndiaye")
ENT("Senelec", "ORG", "company", "Senelec",
    accepted=("Société nationale d'électricité du Sénégal",))
ENT("Niamey", "LOCATION", "city", "Niamey")
ENT("Sahel", "LOCATION", "region", "Sahel")
ENT("Niger River", "LOCATION", "body_of_water", "Niger River", accepted=("River Niger", "Niger"))
ENT("International Energy Agency", "ORG", "international_organization",
    "International Energy Agency", "IEA", accepted=("IEA",))
ENT("West Africa", "LOCATION", "region", "West Africa")
ENT("Niger", "LOCATION", "country", "Niger")
ENT("Mali", "LOCATION", "country", "Mali")
ENT("Burkina Faso", "LOCATION", "country", "Burkina Faso")
ENT("Alliance of Sahel States", "ORG", "international_organization", "Alliance of Sahel States",
    "AES", accepted=("AES", "Alliance des États du Sahel"))
ENT("Koffi Yao", "PERSON", "person", "Koffi Yao")
ENT("Côte d'Ivoire", "LOCATION", "country", "Côte d'Ivoire",
    accepted=("Ivory Coast", "Cote d'Ivoire"))
ENT("Central Bank of West African States", "ORG", "government_body",
    "Central Bank of West African States", "BCEAO", accepted=("BCEAO",))
ENT("Rosatom", "ORG", "company", "Rosatom", accepted=("Rosatom State Corporation",))
ENT("Dmitry Volkov", "PERSON", "person", "Dmitry Volkov",
    accepted=("Dmitri Volkov", "Dmitriy Volkov"))
ENT("Russia", "LOCATION", "country", "Russia", accepted=("Russian Federation",))
ENT("Africa", "LOCATION", "continent", "Africa")
ENT("Sochi", "LOCATION", "city", "Sochi")
ENT("Vladimir Putin", "PERSON", "person", "Vladimir Putin")
ENT("Kaolack", "LOCATION", "city", "Kaolack")
ENT("Accra", "LOCATION", "city", "Accra")
ENT("African Union", "ORG", "international_organization", "African Union", "AU",
    accepted=("AU",))
ENT("COP30", "MISC", "event", "COP30",
    accepted=("2025 United Nations Climate Change Conference", "UN Climate Change Conference COP30",
              "COP 30"))
ENT("Belém", "LOCATION", "city", "Belém", accepted=("Belem",))
ENT("Paris Agreement", "MISC", "treaty", "Paris Agreement",
    accepted=("Paris Climate Agreement", "Paris Accord"))
ENT("(state, common noun)", "LOCATION", "other", "state", alt_labels=("ORG", "MISC", "PERSON"))

M("Communauté économique des États de l'Afrique de l'Ouest",
  "Economic Community of West African States")
M("CEDEAO*", "Economic Community of West African States")
M("Abuja*", "Abuja")
M("Abidjan*", "Abidjan")
M("Lagos*", "Lagos")
M("Système d'échanges d'énergie électrique ouest-africain", "West African Power Pool")
M("EEEOA", "West African Power Pool")
M("Mariam Koné-Sawadogo", "Mariam Koné-Sawadogo")
M("Banque africaine de développement", "African Development Bank")
M("BAD*", "African Development Bank")
M("Desert to Power", "Desert to Power")
M("Banque mondiale", "World Bank")
M("Mission 300", "Mission 300", note="the number is part of the name: no quantity")
M("Banque ouest-africaine de développement", "West African Development Bank")
M("BOAD", "West African Development Bank")
M("British International Investment", "British International Investment")
M("BII", "British International Investment")
M("Ghana", "Ghana")
M("Sierra Leone", "Sierra Leone")
M("China Energy Engineering", "China Energy Engineering Corporation")
M("CEEC", "China Energy Engineering Corporation")
M("Kano", "Kano")
M("Nigeria", "Nigeria")
M("Masdar", "Masdar")
M("Khaled Al-Hachemi", "Khaled Al-Hashemi",
  note="fictional person; French transliteration 'ch' for English 'sh'")
M("Sénégal*", "Senegal")
M("Sangomar", "Sangomar", note="oil field; 'champ pétrolier de' is a descriptor")
M("Woodside", "Woodside Energy")
M("Grand Tortue Ahmeyim", "Greater Tortue Ahmeyim")
M("GTA", "Greater Tortue Ahmeyim")
M("Mauritanie", "Mauritania")
M("Dakar", "Dakar", alt_labels=("ORG",), note="capital standing for the Senegalese state")
M("Ousmane Ndiaye", "Ousmane Ndiaye")
M("Senelec", "Senelec")
M("Niamey", "Niamey")
M("dans le [Sahel]", "Sahel")
M("fleuve Niger", "Niger River",
  note="river names keep their generic head when English does (Niger River)")
M("Agence internationale de l'énergie", "International Energy Agency")
M("AIE", "International Energy Agency")
M("climatisation de l'[Afrique de l'Ouest]", "West Africa")
M("sortie du [Niger]", "Niger")
M("Mali", "Mali")
M("Burkina Faso", "Burkina Faso")
M("Alliance des États du Sahel", "Alliance of Sahel States")
M("AES", "Alliance of Sahel States")
M("Koffi Yao", "Koffi Yao")
M("Côte d'Ivoire", "Côte d'Ivoire")
M("Banque centrale des États de l'Afrique de l'Ouest", "Central Bank of West African States")
M("BCEAO*", "Central Bank of West African States")
M("Rosatom", "Rosatom")
M("Dmitri Volkov", "Dmitry Volkov", note="fictional person; Dmitri/Dmitry transliteration")
M("Russie", "Russia")
M("Russie-[Afrique]", "Africa")
M("Sotchi", "Sochi")
M("Vladimir Poutine", "Vladimir Putin")
M("Kaolack", "Kaolack")
M("Accra", "Accra")
M("Union africaine", "African Union")
M("COP30", "COP30", note="the number is part of the name: no quantity")
M("Belém", "Belém")
M("accord de Paris", "Paris Agreement",
  note="lower-case 'accord' but the treaty's name; flat: no inner 'Paris'")
M("douze [États] membres", "(state, common noun)", optional=True, note="common noun")
M("chefs d'[État]", "(state, common noun)", optional=True, note="common noun")

# ---------------------------------------------------------------- dates
D("mardi dernier", "date", "2025-04-15")
D("doubler, d'ici [2030]", "date", "2030", mod="by")
D("ne dépasse pas [aujourd'hui]", "vague", "PRESENT_REF")
D("du 12 au 14 mars", "interval", "2025-03-12/2025-03-14",
  note="'du ... au ...' is a range marker and stays in the span (like 'entre ... et ...')")
D("Chaque année", "set", "P1Y")
D("14h30", "time", "2025-04-15T14:30", mod="approx",
  note="'vers' sets approx; the day is the 'mardi dernier' of the same paragraph")
D("depuis [2019]", "date", "2019", mod="since")
D("l'électricité d'ici [2030]", "date", "2030", mod="by")
D("le 1er janvier 2026", "date", "2026-01-01")
D("premier trimestre 2025", "date", "2025-Q1")
D("un an plus tôt", "date", "2024-Q1",
  note="one year before the quarter just mentioned (premier trimestre 2025)")
D("d'ici [2028]", "date", "2028", mod="by")
D("Il y a deux ans", "date", "2023", note="two years before 2025-04-17, year granularity")
D("Dimanche soir", "time", "2025-04-13TEV", note="the Sunday before the Thursday anchor")
D("plus de dix jours", "duration", "P10D", mod="more_than")
D("sur [un an]", "duration", "P1Y")
D("d'ici [2040]", "date", "2040", mod="by")
D("le 29 janvier 2025", "date", "2025-01-29")
D("en [mars] et", "date", "2025-03")
D("en [un an]", "duration", "P1Y")
D("les années 1990", "date", "199", note="decade: TIMEX3 value 199")
D("en [2019], en présence", "date", "2019")
D("chaque jour", "set", "P1D")
D("[auparavant] jusqu'à", "vague", "PAST_REF", optional=True,
  note="'auparavant' = previously; temporal adverb, optional")
D("la semaine prochaine", "date", "2025-W17")
D("fin juin", "date", "2025-06", mod="end")
D("trois ans", "duration", "P3Y")
D("en [novembre] à Belém", "date", "2025-11")

# ---------------------------------------------------------------- quantities
Q("1,5 Md€", "money", 1.5e9, cur="EUR", subject="plan régional d'investissement")
Q("douze États membres", "count", 12, subject="États membres de la CEDEAO")
Q("1 200 km", "length", 1200, unit="km", subject="ligne à haute tension")
Q("quelque [350 millions d'habitants]", "count", 350e6, approx="about", subject="habitants")
Q("450 M$", "money", 450e6, cur="USD", subject="apport de la BAD")
Q("300 millions d'Africains", "count", 300e6, subject="Africains à raccorder à l'électricité")
Q("320 milliards de francs CFA", "money", 320e9, cur="XOF", subject="engagement de la BOAD")
Q("200 milliards", "money", 200e9, cur="XOF", flags=("currency_inferred",),
  subject="prêts à taux bonifié")
Q("80 millions de livres sterling", "money", 80e6, cur="GBP", subject="mini-réseaux solaires")
Q("2 milliards de yuans", "money", 2e9, cur="CNY", subject="centrale solaire")
Q("500 MW", "power", 500, unit="MW", subject="centrale solaire")
Q("1 000 hectares", "area", 1000, unit="ha", subject="centrale solaire")
Q("environ [850 GWh par an]", "energy", 850, unit="GWh/yr", approx="about",
  subject="production de la centrale")
Q("150 MW", "power", 150, unit="MW", subject="parc éolien")
Q("100 000 barils par jour", "volume", 100000, unit="bbl/d",
  subject="production du champ de Sangomar")
Q("2,3 millions de tonnes par an", "mass", 2.3e6, unit="t/yr",
  subject="gaz naturel liquéfié")
Q("43 °C", "temperature", 43, unit="degC", subject="température à Niamey")
Q("plus de [30 000 hectares]", "area", 30000, unit="ha", approx="more_than",
  subject="terres agricoles noyées")
Q("60 000 litres", "volume", 60000, unit="L", subject="eau potable")
Q("4 000 habitants", "count", 4000, subject="habitants")
Q("jusqu'à [3 km]", "length", 3, unit="km", approx="up_to", subject="distance parcourue")
Q("655,957 francs CFA", "money", 655.957, cur="XOF", subject="parité fixe du franc CFA")
Q("pour [un euro]", "money", 1, cur="EUR", subject="parité fixe du franc CFA")

# ---------------------------------------------------------------- percentages
P("5 pour cent", 5, "share", subject="part du solaire dans le mix électrique régional")
P("près de [3 %]", 3, "share", subject="PIB")
P("42 %", 42, "share", subject="habitants sans accès à l'électricité")
P("6 points de pourcentage", 6, "change", flags=("percentage_points",),
  subject="proportion d'habitants sans accès à l'électricité",
  note="a difference of percentages, in points")
P("1,5 %", 1.5, "rate", subject="taux bonifié des prêts")
P("18 %", 18, "change", subject="production de Sangomar")
P("12 %", 12, "change", subject="demande d'électricité")
P("-7,5 %", -7.5, "change", sign="-", subject="production hydroélectrique régionale")
P("4,1 %", 4.1, "rate", subject="taux d'inflation")
P("8 à 10 %", 8, "change", vmax=10, subject="tarifs de l'électricité")

# ---------------------------------------------------------------- glossary
for fr, en, acc, cat in [
    ("Communauté économique des États de l'Afrique de l'Ouest",
     "Economic Community of West African States", ("ECOWAS",), "international_organization"),
    ("Système d'échanges d'énergie électrique ouest-africain", "West African Power Pool",
     ("WAPP",), "international_organization"),
    ("Banque africaine de développement", "African Development Bank", ("AfDB",),
     "international_organization"),
    ("Banque mondiale", "World Bank", (), "international_organization"),
    ("Banque ouest-africaine de développement", "West African Development Bank", ("BOAD",),
     "international_organization"),
    ("Agence internationale de l'énergie", "International Energy Agency", ("IEA",),
     "international_organization"),
    ("Alliance des États du Sahel", "Alliance of Sahel States", ("AES",),
     "international_organization"),
    ("Banque centrale des États de l'Afrique de l'Ouest", "Central Bank of West African States",
     ("BCEAO",), "government_body"),
    ("Union africaine", "African Union", ("AU",), "international_organization"),
    ("China Energy Engineering", "China Energy Engineering Corporation", ("CEEC",), "company"),
    ("Grand Tortue Ahmeyim", "Greater Tortue Ahmeyim", ("GTA",), "project"),
    ("accord de Paris", "Paris Agreement", ("Paris Climate Agreement",), "treaty"),
    ("fleuve Niger", "Niger River", ("River Niger",), "body_of_water"),
    ("Afrique de l'Ouest", "West Africa", (), "region"),
    ("Côte d'Ivoire", "Côte d'Ivoire", ("Ivory Coast",), "country"),
    ("Sénégal", "Senegal", (), "country"),
    ("Mauritanie", "Mauritania", (), "country"),
    ("Sotchi", "Sochi", (), "city"),
    ("Vladimir Poutine", "Vladimir Putin", (), "person"),
    ("Dmitri Volkov", "Dmitry Volkov", ("Dmitri Volkov",), "person"),
    ("Khaled Al-Hachemi", "Khaled Al-Hashemi", ("Khalid Al-Hashemi", "Khaled Al-Hachemi"), "person"),
    ("Belém", "Belém", ("Belem",), "city"),
]:
    G(fr, en, acc, cat)
for fr, en, acc in [
    ("CEDEAO", "ECOWAS", ("Economic Community of West African States",)),
    ("EEEOA", "WAPP", ("West African Power Pool",)),
    ("BAD", "AfDB", ("African Development Bank",)),
    ("BOAD", "BOAD", ("West African Development Bank",)),
    ("AIE", "IEA", ("International Energy Agency",)),
    ("AES", "AES", ("Alliance of Sahel States",)),
    ("BCEAO", "BCEAO", ("Central Bank of West African States",)),
    ("BII", "BII", ("British International Investment",)),
    ("GNL", "LNG", ("liquefied natural gas",)),
    ("PIB", "GDP", ("gross domestic product",)),
]:
    G(fr, en, acc, "ACRONYM")
for fr, en, acc in [
    ("délestages", "load shedding", ("rolling blackouts", "power cuts")),
    ("réseaux électriques", "power grids", ("electricity grids", "electricity networks")),
    ("mix électrique", "electricity mix", ("power mix", "energy mix")),
    ("ligne à haute tension", "high-voltage line", ("high-voltage transmission line",)),
    ("accès à l'électricité", "access to electricity", ("electricity access",)),
    ("prêt concessionnel", "concessional loan", ()),
    ("taux bonifié", "subsidised rate", ("subsidized rate", "concessional rate",
                                         "subsidised interest rate")),
    ("mini-réseaux", "mini-grids", ("minigrids",)),
    ("centrale solaire", "solar power plant", ("solar plant", "solar farm")),
    ("mise en service", "commissioning", ("entry into service",)),
    ("parc éolien", "wind farm", ()),
    ("champ pétrolier", "oil field", ("oilfield",)),
    ("gaz naturel liquéfié", "liquefied natural gas", ("LNG",)),
    ("centrales au fioul", "fuel-oil power plants", ("oil-fired power plants",
                                                     "heavy fuel oil plants")),
    ("vague de chaleur", "heatwave", ("heat wave",)),
    ("production hydroélectrique", "hydroelectric output", ("hydropower generation",
                                                            "hydroelectric production")),
    ("crues", "floods", ("flood levels", "high water")),
    ("climatisation", "air conditioning", ("cooling",)),
    ("taux d'inflation", "inflation rate", ()),
    ("taux directeurs", "policy rates", ("key interest rates", "benchmark rates")),
    ("centrales nucléaires", "nuclear power plants", ("nuclear plants",)),
    ("station de pompage", "pumping station", ()),
    ("eau potable", "drinking water", ("potable water",)),
    ("accord-cadre", "framework agreement", ()),
    ("marché régional de l'électricité", "regional electricity market", ()),
    ("franc CFA", "CFA franc", ("West African CFA franc", "XOF")),
    ("parité fixe", "fixed peg", ("fixed parity", "fixed exchange rate")),
    ("chefs d'État", "heads of state", ()),
]:
    G(fr, en, acc, "TERM")

# Deictic temporal adverbs/adjectives: optional (rule D9 in gold/README.md).
D("Prochaine", "vague", "FUTURE_REF", optional=True)
