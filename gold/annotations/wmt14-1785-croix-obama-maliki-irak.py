# Gold annotations of WMT14 newstest2014 document 1785-croix (La Croix, Friday 1 November 2013).
PUBLISHED = "2013-11-01"

# ---------------------------------------------------------------- entities
ENT("Barack Obama", "PERSON", "person", "Barack Obama", accepted=("Obama",))
ENT("Nouri al-Maliki", "PERSON", "person", "Nouri al-Maliki",
    accepted=("Nouri Al Maliki", "Nuri al-Maliki", "Nouri Al-Maliki", "Nouri Maliki"))
ENT("United States", "LOCATION", "country", "United States", "US",
    accepted=("US", "USA", "United States of America", "U.S."))
ENT("Iraq", "LOCATION", "country", "Iraq")
ENT("United Nations", "ORG", "international_organization", "United Nations", "UN",
    accepted=("UN",))
ENT("Syria", "LOCATION", "country", "Syria")
ENT("Saddam Hussein", "PERSON", "person", "Saddam Hussein")
ENT("Baghdad", "LOCATION", "city", "Baghdad")
ENT("Islamic State of Iraq and the Levant", "ORG", "armed_group",
    "Islamic State of Iraq and the Levant", "ISIL",
    accepted=("ISIL", "ISIS", "Islamic State of Iraq and Syria", "Islamic State in Iraq and the Levant",
              "EIIL"))
ENT("al-Qaeda", "ORG", "armed_group", "al-Qaeda",
    accepted=("Al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida", "Al Qaida"))
ENT("Washington, D.C.", "LOCATION", "city", "Washington, D.C.",
    accepted=("Washington", "Washington DC"))
ENT("United States Congress", "ORG", "government_body", "United States Congress",
    accepted=("Congress", "US Congress", "U.S. Congress"))
ENT("Iran", "LOCATION", "country", "Iran")

M("Barack Obama*", "Barack Obama")
M("Nouri Al Maliki*", "Nouri al-Maliki")
M("États-Unis*", "United States")
M("Irak*", "Iraq")
M("ONU", "United Nations")
M("Syrie*", "Syria")
M("Saddam Hussein", "Saddam Hussein")
M("Bagdad", "Baghdad")
M("État islamique en Irak et au Levant", "Islamic State of Iraq and the Levant")
M("EIIL", "Islamic State of Iraq and the Levant",
  note="French acronym (État islamique en Irak et au Levant); English ISIL")
M("Al-Qaida*", "al-Qaeda")
M("Washington", "Washington, D.C.")
M("Congrès", "United States Congress")
M("Iran", "Iran")

# ---------------------------------------------------------------- dates
D("vendredi 1er novembre 2013", "date", "2013-11-01")
D("violence depuis [cinq ans]", "duration", "P5Y", mod="since")
D("connu en [octobre]", "date", "2013-10", note="the month before the anchor month")
D("en [cinq ans et demi]", "duration", "P5Y6M")
D("publiés [vendredi 1er novembre]", "date", "2013-11-01")
D("violences en [octobre]", "date", "2013-10")
D("depuis [des mois]", "duration", "PXM", mod="since")
D("morts en [octobre]", "date", "2013-10")
D("depuis [avril 2008]", "date", "2008-04", mod="since")
D("Deux ans environ", "duration", "P2Y", mod="approx",
  note="postposed 'environ' is part of the span and sets the modifier")
D("[Vendredi], de nouvelles violences", "date", "2013-11-01",
  note="the publication day is a Friday")
D("au [lendemain] de la mort", "date", "2013-10-31", optional=True,
  note="'au lendemain de' an event (here resolvable: the day before Friday); optional")
D("reçu [vendredi]", "date", "2013-11-01")
D("Obama, [deux ans] après", "duration", "P2Y")
D("le 12 décembre 2011", "date", "2011-12-12")
D("l'[époque], le président", "vague", "PAST_REF", optional=True,
  note="'à l'époque' = at that time (anaphoric to 12 décembre 2011); optional")
D("arrivée [mercredi]", "date", "2013-10-30")
D("[Jeudi], il a plaidé", "date", "2013-10-31")

# ---------------------------------------------------------------- quantities
Q("964 personnes", "count", 964, subject="morts dans les violences en octobre")
Q("855 civils", "count", 855, subject="civils tués")
Q("65 policiers", "count", 65, subject="policiers tués")
Q("44 soldats", "count", 44, subject="soldats tués")
Q("1 600 personnes", "count", 1600, subject="personnes blessées")
Q("979 morts", "count", 979, subject="morts (bilan de l'ONU)")
Q("1 902 blessés", "count", 1902, subject="blessés (bilan de l'ONU)")
Q("1 073 personnes", "count", 1073, subject="personnes tuées en avril 2008")
Q("quatre personnes", "count", 4, subject="personnes tuées vendredi")
Q("au moins [26 personnes]", "count", 26, approx="at_least", subject="personnes tuées")
Q("cinq voitures piégées", "count", 5, subject="voitures piégées")

# ---------------------------------------------------------------- percentages: none

# ---------------------------------------------------------------- glossary
for fr, en, acc, cat in [
    ("Barack Obama", "Barack Obama", (), "person"),
    ("Nouri Al Maliki", "Nouri al-Maliki", ("Nouri Al Maliki", "Nuri al-Maliki"), "person"),
    ("États-Unis", "United States", ("US", "USA", "United States of America"), "country"),
    ("Irak", "Iraq", (), "country"),
    ("Syrie", "Syria", (), "country"),
    ("Saddam Hussein", "Saddam Hussein", (), "person"),
    ("Bagdad", "Baghdad", (), "city"),
    ("État islamique en Irak et au Levant", "Islamic State of Iraq and the Levant",
     ("ISIL", "Islamic State in Iraq and the Levant", "ISIS"), "armed_group"),
    ("Al-Qaida", "al-Qaeda", ("Al-Qaeda", "Al Qaeda", "al-Qaida"), "armed_group"),
    ("Washington", "Washington", ("Washington, D.C.",), "city"),
    ("Congrès", "Congress", ("US Congress", "United States Congress"), "government_body"),
    ("Iran", "Iran", (), "country"),
]:
    G(fr, en, acc, cat)
for fr, en, acc in [
    ("ONU", "UN", ("United Nations",)),
    ("EIIL", "ISIL", ("Islamic State of Iraq and the Levant", "ISIS")),
]:
    G(fr, en, acc, "ACRONYM")
for fr, en, acc in [
    ("premier ministre", "prime minister", ("Prime Minister",)),
    ("flambée de violence", "surge of violence", ("upsurge in violence", "outbreak of violence",
                                                  "flare-up of violence")),
    ("vague de violence", "wave of violence", ()),
    ("autorités irakiennes", "Iraqi authorities", ()),
    ("civils", "civilians", ()),
    ("policiers", "police officers", ("policemen",)),
    ("blessés", "injured", ("wounded",)),
    ("bilan", "death toll", ("toll", "casualty figures")),
    ("mesures de sécurité", "security measures", ()),
    ("opérations militaires", "military operations", ()),
    ("chiites", "Shiites", ("Shias", "Shia Muslims")),
    ("retrait des troupes américaines", "withdrawal of US troops",
     ("withdrawal of American troops", "US troop withdrawal")),
    ("embrasement", "flare-up", ("conflagration", "escalation")),
    ("guerre civile", "civil war", ()),
    ("forces de sécurité", "security forces", ()),
    ("minorité sunnite", "Sunni minority", ()),
    ("arrestations injustes", "unjust arrests", ("unfair arrests", "arbitrary arrests")),
    ("attentats", "attacks", ("bombings", "terrorist attacks")),
    ("voitures piégées", "car bombs", ("booby-trapped cars",)),
    ("extrémistes sunnites", "Sunni extremists", ()),
    ("guerre mondiale", "world war", ("global war",)),
    ("exécutif", "executive", ("administration", "executive branch")),
    ("élus du Congrès", "members of Congress", ("lawmakers",)),
    ("communauté internationale", "international community", ()),
    ("sénateurs républicains et démocrates", "Republican and Democratic senators", ()),
    ("politique sectaire et autoritaire", "sectarian and authoritarian policy",
     ("sectarian and authoritarian policies",)),
    ("gouvernement irakien", "Iraqi government", ()),
    ("relation bilatérale", "bilateral relationship", ("bilateral relations",)),
]:
    G(fr, en, acc, "TERM")

# Deictic temporal adverbs/adjectives: optional (rule D9 in gold/README.md).
D("précédente", "vague", "PAST_REF", optional=True)
