"""A deterministic corpus of search documents in five languages, for bench/search.py.

Vocabulary: the labels of the shared Eurostat data (/work/shared/data/eurostat: country and
citizenship names, dimension labels, codelist names) and the English labels of the YSO extract
(/work/shared/skos/yso-extract.ttl), plus a hand-made list of migration and asylum words and
set phrases in English, French, German, Slovenian and Lithuanian, inflected forms included so
that lemmatisation has work to do. Word frequencies follow a Zipf-Mandelbrot law (function words
first, then content words in a seeded order, label words in the tail), so query terms picked by
document frequency have realistic selectivity. Set phrases are drawn from their own Zipf law and
inserted whole, so phrase queries exist in the corpus.

Nothing here touches the database: `generate()` yields plain `Doc` values; bench/search.py
turns them into `Document` rows and index texts.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import math
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path("/work/shared")
LANGUAGES = ("en", "fr", "de", "sl", "lt")
# Share of documents per main language: English is the network's working language.
LANGUAGE_WEIGHTS = (0.32, 0.17, 0.17, 0.17, 0.17)

KINDS = (
    ("publication.study", 8),
    ("publication.synthesis", 3),
    ("publication.national_report", 10),
    ("publication.inform", 6),
    ("publication.ahq_compilation", 12),
    ("publication.annual_report", 5),
    ("publication.factsheet", 5),
    ("publication.bulletin", 6),
    ("publication.expert_group_paper", 3),
    ("publication.legislation", 8),
    ("publication.case_law", 6),
    ("publication.policy", 5),
    ("publication.other", 2),
    ("query.query", 14),
    ("network.organisation", 7),
)
THEMES = (
    "asylum",
    "international-protection",
    "legal-migration",
    "irregular-migration",
    "return",
    "integration",
    "unaccompanied-minors",
    "borders-visas",
    "trafficking",
    "statelessness",
    "labour-migration",
    "family-reunification",
    "migration-development",
    "statistics",
)
COUNTRIES = (
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "EL",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "NO",
    "GE",
    "MD",
    "UA",
)

_FUNCTION = {
    "en": "the of and in to a for on by with is are was were that this as from at or be which "
    "their has have not it an also",
    "fr": "le la les de des du et en à un une pour par dans sur est sont qui que avec au aux ce "
    "cette il ne pas plus",
    "de": "der die das und in von zu mit für auf ist sind den dem des ein eine einer nicht im "
    "als auch werden wird bei aus nach",
    "sl": "in v na za je so ki da se z s o pri po od do ter ali kot tudi ne to iz",
    "lt": "ir į iš su kad yra bei ar prie per dėl kaip taip pat nuo iki apie po tai jo jų buvo",
}

_WORDS = {
    "en": """asylum asylums applicant applicants application applications refugee refugees migrant
    migrants migration migrations return returns returned returning readmission detention detained
    border borders visa visas permit permits residence resident residents protection protected
    international subsidiary status decision decisions appeal appeals appealed court courts
    procedure procedures reception centre centres integration integrated labour worker workers
    employment employed family families reunification minor minors unaccompanied child children
    trafficking trafficked victim victims smuggling smuggler smugglers statelessness stateless
    citizenship nationality naturalisation national nationals member state states authority
    authorities ministry interior police agency law laws legislation amendment amended directive
    regulation transfer transfers transferred relocation resettlement resettled voluntary forced
    removal removals expulsion order orders leave entry entries irregular illegal stay overstay
    student students researcher researchers highly qualified blue card seasonal entrepreneur
    investor schengen identity document documents biometric fingerprint fingerprints interview
    interviews assessment assessed vulnerable vulnerability age gender health housing education
    language course courses training civic orientation benefit benefits social assistance legal
    aid lawyer counselling guardian guardianship statistics data figures increase increased
    decrease decreased trend trends year years annual report reports study studies policy
    policies practice practices challenge challenges measure measures programme programmes
    network contact point survey response responses country countries origin destination transit
    market government new european union commission council agreement agreements cooperation
    implementation implemented transposition transposed evaluation evaluated monitoring access
    rights obligations grounds safe secure accommodation shelter capacity backlog waiting time
    processing applicants' recognition recognised rate rates rejection rejected withdrawn
    inadmissible subsequent first instance appeal-stage appellate judicial review tribunal""",
    "fr": """asile demandeur demandeurs demandeuse demande demandes réfugié réfugiés réfugiée migrant
    migrants migration migrations migratoire migratoires retour retours retourné retournés
    réadmission rétention frontière frontières visa visas titre titres séjour résident résidents
    protection internationale subsidiaire statut décision décisions recours tribunal tribunaux
    procédure procédures accueil centre centres intégration intégré travail travailleur
    travailleurs emploi famille familles regroupement familial mineur mineurs accompagnés enfant
    enfants traite victime victimes passeur passeurs apatridie apatride apatrides citoyenneté
    nationalité naturalisation ressortissant ressortissants pays tiers membre membres état états
    autorité autorités ministère intérieur police agence loi lois législation modification
    directive règlement transfert transferts relocalisation réinstallation volontaire forcé
    éloignement expulsion obligation quitter territoire entrée irrégulière irréguliers étudiant
    étudiants chercheur chercheurs hautement qualifiés carte bleue saisonnier saisonniers identité
    document documents biométrique empreintes entretien entretiens évaluation vulnérable
    vulnérables vulnérabilité âge santé logement éducation langue cours formation civique
    prestations sociale sociales assistance juridique aide avocat conseil tuteur tutelle
    statistiques données chiffres augmentation hausse baisse diminution tendance tendances année
    années annuel annuelle rapport rapports étude études politique politiques pratique pratiques
    défi défis mesure mesures programme programmes réseau point contact enquête réponse réponses
    origine destination transit marché gouvernement nouvelle nouveau nouveaux national nationale
    nationaux européen européenne européens union commission accord accords coopération mise
    œuvre transposition suivi accès droits motifs hébergement capacité délai délais traitement
    reconnaissance taux rejet rejetée irrecevable ultérieure instance contrôle juridictionnel""",
    "de": """Asyl Asylbewerber Asylbewerberin Asylbewerbern Asylantrag Asylanträge Asylverfahren
    Flüchtling Flüchtlinge Flüchtlingen Migrant Migranten Migration Migrationen Rückkehr
    Rückführung Rückführungen Rückübernahme Abschiebung Abschiebungen Abschiebehaft Haft Grenze
    Grenzen Grenzkontrolle Visum Visa Aufenthaltstitel Aufenthaltserlaubnis Aufenthalt Schutz
    internationalen internationaler subsidiärer subsidiären Status Entscheidung Entscheidungen
    Beschwerde Gericht Gerichte Gerichts Verfahren Aufnahme Aufnahmeeinrichtung Integration
    Integrationskurs Integrationskurse Arbeit Arbeitnehmer Arbeitskräfte Beschäftigung Familie
    Familien Familiennachzug Minderjährige unbegleitete unbegleiteten Kind Kinder Kindern
    Menschenhandel Opfer Schleusung Schleuser Staatenlosigkeit staatenlos Staatsangehörigkeit
    Einbürgerung Drittstaatsangehörige Drittstaatsangehörigen Mitgliedstaat Mitgliedstaaten
    Behörde Behörden Ministerium Innern Polizei Bundesamt Gesetz Gesetze Gesetzes Gesetzgebung
    Änderung Richtlinie Verordnung Überstellung Überstellungen Umsiedlung Neuansiedlung
    freiwillige freiwilligen erzwungene Ausweisung Ausreisepflicht Einreise Einreiseverbot
    irreguläre irregulären Studierende Forscher Forschende hochqualifizierte Blaue Karte
    Saisonarbeitskräfte Identität Dokument Dokumente biometrische Fingerabdrücke Anhörung
    Anhörungen Bewertung Altersfeststellung schutzbedürftig schutzbedürftige Vulnerabilität Alter
    Gesundheit Unterbringung Wohnung Bildung Sprache Sprachkurs Ausbildung Leistungen soziale
    sozialen Unterstützung Rechtsberatung Anwalt Beratung Vormund Vormundschaft Statistik
    Statistiken Daten Zahlen Anstieg Rückgang Trend Trends Jahr Jahres Jahren jährlich Bericht
    Berichte Berichts Studie Studien Politik Praxis Herausforderung Herausforderungen Maßnahme
    Maßnahmen Programm Programme Netzwerk Kontaktstelle Umfrage Antwort Antworten Herkunftsland
    Herkunftsländer Herkunftsstaat Zielland Transit Arbeitsmarkt Regierung neue neuen nationale
    nationalen europäische europäischen Union Kommission Rat Abkommen Zusammenarbeit Umsetzung
    umgesetzt Bewertung Überwachung Zugang Rechte Pflichten Gründe sichere Unterkunft Kapazität
    Rückstau Wartezeit Bearbeitung Anerkennung anerkannt Quote Ablehnung abgelehnt unzulässig
    Folgeantrag Instanz gerichtliche Überprüfung""",
    "sl": """azil azila azilu azilom prosilec prosilci prosilca prosilcev prosilcem begunec begunci
    beguncev begunce migrant migranti migrantov migracije migracija migracijah vračanje vračanja
    vračanju vračanjem vrnitev vrnitve vrnitvi ponovni sprejem pridržanje pridržanja meja meje
    mejah mejni vizum vizumi vizumov dovoljenje dovoljenja dovoljenju prebivanje prebivanja zaščita
    zaščite zaščito mednarodna mednarodne mednarodno subsidiarna status statusa odločba odločbe
    odločbo odločitev pritožba pritožbe sodišče sodišča sodišču postopek postopka postopku postopki
    sprejema center centra centru integracija integracije integraciji delo dela delavci delavcev
    zaposlitev zaposlovanje družina družine družinski združevanje mladoletniki mladoletnikov
    mladoletnik mladoletnika otroci otrok otrokom trgovina ljudmi žrtve žrtev tihotapljenje
    tihotapci brezdržavnost državljanstvo državljanstva državljani tretjih držav države državi
    država članice članic organ organi organov ministrstvo notranje zadeve policija policije
    agencija zakon zakona zakonu zakonodaja zakonodaje sprememba spremembe direktiva direktive
    uredba uredbe predaja premestitev preselitev prostovoljno prisilno odstranitev izgon odhod
    vstop vstopa nezakonito nedovoljene študenti študentov raziskovalci visokokvalificirani modra
    karta sezonski sezonskih identiteta dokument dokumenti dokumentov biometrični prstni odtisi
    razgovor razgovora ocena ocene ranljivi ranljivih ranljivost starost starosti zdravje
    zdravstveno nastanitev nastanitve izobraževanje jezik jezika tečaj tečaji usposabljanje
    socialna socialne pomoč pomoči pravna pravne odvetnik svetovanje skrbnik skrbništvo statistika
    statistike podatki podatkov število povečanje zmanjšanje trend leto leta letu letno poročilo
    poročila poročilu študija študije politika politike praksa prakse izziv izzivi ukrep ukrepi
    ukrepov program programa mreža mreže kontaktna točka vprašalnik odgovor odgovori izvora
    tranzit trg vlada nova novi nacionalna nacionalne evropska evropske unija unije komisija
    komisije sodelovanje izvajanje prenos spremljanje dostop pravice obveznosti razlogi varna
    namestitev zmogljivost zaostanki čakalna doba obravnava priznanje priznan stopnja zavrnitev
    zavrnjena nedopustna ponovna stopnje sodni nadzor""",
    "lt": """prieglobstis prieglobsčio prieglobstį prieglobsčiu prašytojas prašytojai prašytojų
    prašytojams pabėgėlis pabėgėliai pabėgėlių pabėgėliams migrantas migrantai migrantų migracija
    migracijos migracijai grąžinimas grąžinimo grąžinimą grąžinimui sugrąžinimas readmisija
    sulaikymas sulaikymo siena sienos sienų pasienio viza vizos vizų leidimas leidimo leidimą
    leidimai gyventi gyvenimo apsauga apsaugos apsaugą tarptautinė tarptautinės tarptautinę
    papildoma papildomos statusas statuso sprendimas sprendimo sprendimai sprendimų skundas skundai
    teismas teismo teismai procedūra procedūros procedūrų priėmimas priėmimo centras centro centre
    integracija integracijos darbas darbo darbuotojai darbuotojų įdarbinimas šeima šeimos šeimų
    susijungimas nepilnamečiai nepilnamečių nelydimi nelydimų vaikai vaikų vaikams prekyba
    žmonėmis aukos aukų kontrabanda neteisėtas neteisėtai neteisėtos pilietybė pilietybės
    pilietybę piliečiai piliečių trečiųjų šalių šalis šalies valstybė valstybės valstybių narės
    narių institucija institucijos institucijų ministerija vidaus reikalų policija departamentas
    įstatymas įstatymo įstatymai teisės aktai pakeitimas pakeitimai direktyva direktyvos
    reglamentas perdavimas perkėlimas savanoriškas savanoriško priverstinis išsiuntimas išvykimas
    atvykimas atvykimo buvimas studentai studentų mokslininkai aukštos kvalifikacijos mėlynoji
    kortelė sezoniniai tapatybė tapatybės dokumentas dokumentai dokumentų biometriniai pokalbis
    pokalbio vertinimas vertinimo pažeidžiami pažeidžiamų amžius amžiaus sveikata sveikatos
    apgyvendinimas švietimas kalba kalbos kursai mokymai socialinė socialinės pagalba pagalbos
    teisinė teisinės advokatas konsultavimas globėjas globa statistika statistikos duomenys
    duomenų skaičius padidėjimas sumažėjimas tendencija tendencijos metai metų metais metinė
    ataskaita ataskaitos ataskaitoje tyrimas tyrimo tyrimai politika politikos praktika praktikos
    iššūkis iššūkiai priemonė priemonės priemonių programa programos tinklas tinklo kontaktinis
    punktas apklausa atsakymas atsakymai kilmės tranzito rinka rinkos vyriausybė nauja naujas
    naujos nacionalinė nacionalinis nacionalinio europos sąjunga sąjungos komisija komisijos
    bendradarbiavimas įgyvendinimas perkėlimo stebėsena prieiga teisės pareigos pagrindai saugi
    apgyvendinimo pajėgumai laukimo laikas nagrinėjimas pripažinimas pripažintas atmetimas
    atmestas nepriimtinas pakartotinis instancija teisminė kontrolė""",
}

_PHRASES = {
    "en": """international protection|asylum procedure|unaccompanied minors|family reunification
    |labour market|third-country nationals|return decision|voluntary return|forced return
    |reception conditions|subsidiary protection|refugee status|residence permit|single permit
    |EU Blue Card|member states|border control|irregular migration|legal migration
    |trafficking in human beings|statelessness determination procedure|Dublin transfers
    |age assessment|detention centre|alternatives to detention|integration measures
    |temporary protection|labour shortages|seasonal workers|highly qualified workers
    |asylum applicants|first instance decisions|national contact point|ad-hoc query|annual report
    |country of origin|safe country of origin|entry ban|visa liberalisation|local authorities""",
    "fr": """protection internationale|procédure d'asile|mineurs non accompagnés|regroupement familial
    |marché du travail|ressortissants de pays tiers|décision de retour|retour volontaire
    |retour forcé|conditions d'accueil|protection subsidiaire|statut de réfugié|titre de séjour
    |permis unique|carte bleue européenne|États membres|contrôle aux frontières
    |migration irrégulière|migration légale|traite des êtres humains|évaluation de l'âge
    |centre de rétention|alternatives à la rétention|protection temporaire
    |travailleurs saisonniers|demandeurs d'asile|point de contact national|pays d'origine sûr
    |interdiction d'entrée|autorités locales|obligation de quitter le territoire""",
    "de": """internationaler Schutz|subsidiärer Schutz|unbegleitete Minderjährige|freiwillige Rückkehr
    |Europäische Union|Blaue Karte EU|sichere Herkunftsstaaten|Dublin Verfahren
    |nationale Kontaktstelle|Menschenhandel und Ausbeutung|Zugang zum Arbeitsmarkt
    |vorübergehender Schutz|Alternativen zur Haft|Rückkehr von Drittstaatsangehörigen
    |Antrag auf internationalen Schutz|Bundesamt für Migration und Flüchtlinge
    |Aufnahme von Asylbewerbern|Integration in den Arbeitsmarkt|Verfahren an der Grenze
    |Familiennachzug zu Flüchtlingen|Abschiebung in Drittstaaten|Schutz von Opfern""",
    "sl": """mednarodna zaščita|prosilci za mednarodno zaščito|postopek za priznanje mednarodne zaščite
    |mladoletniki brez spremstva|združevanje družine|trg dela|državljani tretjih držav
    |odločba o vrnitvi|prostovoljno vračanje|prisilno vračanje|pogoji sprejema
    |subsidiarna zaščita|status begunca|dovoljenje za prebivanje|enotno dovoljenje
    |modra karta EU|države članice|nadzor meje|nezakonite migracije|zakonite migracije
    |trgovina z ljudmi|ocena starosti|center za tujce|začasna zaščita|sezonski delavci
    |nacionalna kontaktna točka|varna država izvora|prepoved vstopa|Evropska unija
    |Evropska komisija""",
    "lt": """tarptautinė apsauga|prieglobsčio prašytojai|prieglobsčio procedūra|nelydimi nepilnamečiai
    |šeimos susijungimas|darbo rinka|trečiųjų šalių piliečiai|sprendimas dėl grąžinimo
    |savanoriškas grąžinimas|priverstinis grąžinimas|priėmimo sąlygos|papildoma apsauga
    |pabėgėlio statusas|leidimas gyventi|mėlynoji kortelė|valstybės narės|sienos kontrolė
    |neteisėta migracija|teisėta migracija|prekyba žmonėmis|amžiaus vertinimas
    |užsieniečių registracijos centras|laikinoji apsauga|sezoniniai darbuotojai
    |nacionalinis kontaktinis punktas|saugi kilmės šalis|draudimas atvykti|Europos Sąjunga
    |Europos Komisija|Migracijos departamentas""",
}

_WORD_RE = re.compile("[^\\W\\d_][\\w'\u2019-]*")


def _label_vocabulary() -> tuple[list[str], list[str], list[str]]:
    """Words and multi-word labels of the shared data: (English words, English phrases, names)."""
    labels: set[str] = set()
    names: set[str] = set()
    eurostat = SHARED / "data" / "eurostat"
    files = (
        ("migr_eirtn_Data_allcitizens.csv", "cp1252", ("GEO", "CITIZEN")),
        ("migr_eiord_Data_allcitizens.csv", "cp1252", ("GEO", "CITIZEN")),
        ("migrants_illegally_present.csv", "utf-8", ("geo",)),
        ("asylum_applicants_total.csv", "utf-8", ("Geopolitical entity (reporting)",)),
        ("migr_asyappctzm_1_Data.csv", "utf-8", ("GEO",)),
    )
    for name, encoding, name_columns in files:
        path = eurostat / name
        if not path.exists():
            continue
        reader = csv.reader(io.StringIO(path.read_text(encoding=encoding)))
        header = next(reader)
        labels.update(h for h in header if len(h) > 3)
        name_at = {i for i, h in enumerate(header) if h in name_columns}
        for row in itertools.islice(reader, 40000):
            for i, cell in enumerate(row):
                if re.search(r"[A-Za-z]{3}", cell) and ":" not in cell:
                    (names if i in name_at else labels).add(cell)
    structure = eurostat / "apro_mk_cola-structure.xml"
    if structure.exists():
        labels.update(re.findall(r"<(?:\w+:)?Name[^>]*>([^<]{3,80})<", structure.read_text()))
    yso = SHARED / "skos" / "yso-extract.ttl"
    if yso.exists():
        labels.update(re.findall(r'"([^"\n]{3,60})"@en\b', yso.read_text(encoding="utf-8")))
    words: dict[str, None] = {}
    phrases: list[str] = []
    for label in sorted(labels):
        tokens = _WORD_RE.findall(label)
        for token in tokens:
            if len(token) > 2 and not token.isupper():
                words.setdefault(token.lower() if not token.istitle() else token, None)
        if 2 <= len(tokens) <= 4 and not any(t.isupper() for t in tokens):
            phrases.append(" ".join(tokens))
    name_words: dict[str, None] = {}
    for label in sorted(names):
        for token in _WORD_RE.findall(label.split("(")[0]):
            if len(token) > 3 and token[0].isupper():
                name_words.setdefault(token, None)
    return list(words), phrases, list(name_words)


def _zipf(n: int, s: float = 1.0, q: float = 2.7) -> list[float]:
    """Zipf-Mandelbrot weights of ranks 1..n."""
    return [1.0 / (rank + q) ** s for rank in range(1, n + 1)]


@dataclass
class Vocabulary:
    """One language's units (words, then phrases) with cumulative weights for random.choices."""

    language: str
    words: list[str]
    function_words: frozenset[str]
    phrases: list[str]
    # The hand-made migration words and set phrases: what readers search for.
    topical: frozenset[str] = frozenset()
    units: list[str] = field(default_factory=list)
    cumulative: list[float] = field(default_factory=list)
    title_cumulative: list[float] = field(default_factory=list)

    def build(self, phrase_share: float = 0.015, title_phrase_share: float = 0.15) -> None:
        word_w = _zipf(len(self.words))
        phrase_w = _zipf(len(self.phrases), s=0.9, q=1.5)
        self.units = self.words + self.phrases
        for share, target in ((phrase_share, "cumulative"), (title_phrase_share, "title")):
            ws, ps = sum(word_w), sum(phrase_w)
            weights = [w / ws * (1 - share) for w in word_w] + [w / ps * share for w in phrase_w]
            cumulative = list(itertools.accumulate(weights))
            if target == "cumulative":
                self.cumulative = cumulative
            else:
                self.title_cumulative = cumulative


def _dictionary_words(language: str, rng: random.Random, count: int) -> list[str]:
    """`count` real word forms of `language`: the keys of simplemma's lemma dictionary."""
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

    forms = sorted(
        word
        for key in _load_dictionary_from_disk(language)
        if 4 <= len(word := key.decode()) <= 16 and word.isalpha() and word.islower()
    )
    return rng.sample(forms, min(count, len(forms)))


def vocabularies(seed: int = 6, size: int = 20000) -> dict[str, Vocabulary]:
    """The five languages' vocabularies, ordered by rank deterministically from `seed`.

    Ranks: the function words first; the hand-made topical words spread log-uniformly over
    ranks 20..4000 (so they range from "in most documents" to "in 0.5% of them"); names and
    label words over 100..15000; the rest of the `size` ranks are real word forms of the
    language (simplemma's dictionary) forming the long tail.
    """
    rng = random.Random(seed)
    label_words, label_phrases, names = _label_vocabulary()
    result = {}
    for language in LANGUAGES:
        function = _FUNCTION[language].split()
        content = list(dict.fromkeys(_WORDS[language].split()))
        rng.shuffle(content)
        labelled = list(names) + (label_words if language == "en" else [])
        labelled = [w for w in dict.fromkeys(labelled) if w not in set(content)]
        rng.shuffle(labelled)
        taken = set(function) | set(content) | set(labelled)
        tail = [w for w in _dictionary_words(language, rng, size) if w not in taken]
        keyed = [(float(i), w) for i, w in enumerate(tail)]
        keyed += [(math.exp(rng.uniform(math.log(20), math.log(4000))), w) for w in content]
        keyed += [(math.exp(rng.uniform(math.log(100), math.log(15000))), w) for w in labelled]
        ranked = [w for _, w in sorted(keyed)][:size]
        phrases = [" ".join(p.split()) for p in _PHRASES[language].split("|")]
        topical_phrases = list(phrases)
        if language == "en":
            phrases += label_phrases[:150]
        vocabulary = Vocabulary(
            language,
            function + ranked,
            frozenset(function),
            phrases,
            frozenset(content + topical_phrases),
        )
        vocabulary.build()
        result[language] = vocabulary
    return result


@dataclass
class Doc:
    """One generated document: texts by weight in its language, facets and visibility."""

    number: int
    language: str
    title: str
    summary: str
    body: str
    extra_titles: dict[str, str]
    kind: str
    themes: tuple[str, ...]
    countries: tuple[str, ...]
    date: datetime.date
    dissemination: str
    audience: str
    reader_countries: tuple[str, ...]
    reader_users: tuple[int, ...]
    service_provider: bool
    units: frozenset[str]


def _text(
    rng: random.Random, vocab: Vocabulary, n: int, title: bool = False
) -> tuple[str, list[str]]:
    cumulative = vocab.title_cumulative if title else vocab.cumulative
    units = rng.choices(vocab.units, cum_weights=cumulative, k=n)
    if title:
        return " ".join(units).capitalize() if units[0].islower() else " ".join(units), units
    out: list[str] = []
    start = 0
    while start < len(units):
        length = rng.randint(8, 20)
        sentence = " ".join(units[start : start + length])
        out.append(sentence[:1].upper() + sentence[1:] + ".")
        start += length
    return " ".join(out), units


def generate(
    count: int, seed: int = 6, vocab: dict[str, Vocabulary] | None = None
) -> Iterator[Doc]:
    """`count` documents, the same for the same seed."""
    vocab = vocab or vocabularies(seed)
    rng = random.Random(seed * 1_000_003)
    kinds = [k for k, _ in KINDS]
    kind_cum = list(itertools.accumulate(w for _, w in KINDS))
    theme_cum = list(itertools.accumulate(_zipf(len(THEMES), s=0.8, q=1)))
    country_cum = list(itertools.accumulate(_zipf(len(COUNTRIES), s=0.6, q=2)))
    for number in range(count):
        language = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        v = vocab[language]
        title, t_units = _text(rng, v, rng.randint(5, 11), title=True)
        summary, s_units = _text(rng, v, rng.randint(30, 50))
        body, b_units = _text(rng, v, rng.randint(150, 300))
        extra_titles = {}
        if language != "en" and rng.random() < 0.15:
            extra_titles["en"] = _text(rng, vocab["en"], rng.randint(5, 11), title=True)[0]
        themes = tuple(sorted(set(rng.choices(THEMES, cum_weights=theme_cum, k=rng.randint(1, 3)))))
        countries = tuple(
            sorted(set(rng.choices(COUNTRIES, cum_weights=country_cum, k=rng.randint(1, 3))))
        )
        year = rng.randint(2008, 2025)
        date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        roll = rng.random()
        reader_countries: tuple[str, ...] = ()
        reader_users: tuple[int, ...] = ()
        service_provider = False
        if roll < 0.62:
            dissemination, audience = "public", "public"
        elif roll < 0.85:
            dissemination, audience = "emn", "members"
        else:
            # Drafts and restricted material: named countries' NCPs, a few users, maybe the SP.
            dissemination = "emn" if roll < 0.95 else "public"
            audience = "restricted"
            reader_countries = tuple(sorted(set(rng.choices(COUNTRIES, k=rng.randint(1, 3)))))
            reader_users = tuple(sorted({rng.randint(1, 400) for _ in range(rng.randint(0, 3))}))
            service_provider = rng.random() < 0.3
        yield Doc(
            number=number,
            language=language,
            title=title,
            summary=summary,
            body=body,
            extra_titles=extra_titles,
            kind=rng.choices(kinds, cum_weights=kind_cum)[0],
            themes=themes,
            countries=countries,
            date=date,
            dissemination=dissemination,
            audience=audience,
            reader_countries=reader_countries,
            reader_users=reader_users,
            service_provider=service_provider,
            units=frozenset(t_units) | frozenset(s_units) | frozenset(b_units),
        )


@dataclass
class Query:
    kind: str  # "word", "three" or "phrase"
    q: str
    language: str
    df: int  # documents holding the unit(s), as generated (before visibility)


def pick_queries(
    docs_units: Sequence[tuple[str, frozenset[str]]],
    df: dict[str, Counter[str]],
    vocab: dict[str, Vocabulary],
    total: int,
    per_kind: int,
    seed: int = 6,
) -> list[Query]:
    """1-word, 3-word and phrase queries of mid document frequency, deterministically.

    `docs_units` is a seeded sample of (language, units) of generated documents, used for
    3-word queries (three mid-frequency words of one real document, so each has a match);
    `df` counts documents per unit per language.
    """
    rng = random.Random(seed + 17)
    queries: list[Query] = []
    per_language = {
        language: max(1, total * share)
        for language, share in zip(LANGUAGES, LANGUAGE_WEIGHTS, strict=True)
    }

    def mid(language: str, unit: str, high: float = 0.10) -> bool:
        """A topical word held by 0.5% to `high` of its language's documents."""
        n = df[language][unit]
        return (
            " " not in unit
            and unit in vocab[language].topical
            and per_language[language] * 0.005 <= n <= per_language[language] * high
        )

    singles = sorted(
        (language, unit) for language in LANGUAGES for unit in df[language] if mid(language, unit)
    )
    rng.shuffle(singles)
    for language, unit in itertools.islice(itertools.cycle(singles), per_kind):
        queries.append(Query("word", unit, language, df[language][unit]))
    phrase_pool = sorted(
        (language, unit)
        for language in LANGUAGES
        for unit in df[language]
        if " " in unit and unit in vocab[language].topical and df[language][unit] >= 2
    )
    rng.shuffle(phrase_pool)
    for language, unit in itertools.islice(itertools.cycle(phrase_pool), per_kind):
        queries.append(Query("phrase", f'"{unit}"', language, df[language][unit]))
    made = 0
    for language, units in itertools.cycle(docs_units):
        if made >= per_kind:
            break
        wide = sorted(u for u in units if mid(language, u, high=0.4))
        if len(wide) < 3:
            continue
        picked = rng.sample(wide, 3)
        queries.append(
            Query("three", " ".join(picked), language, min(df[language][u] for u in picked))
        )
        made += 1
    return queries
