#!/usr/bin/env python3
"""Generate realistic French municipal CSV files for the Lavande benchmark.

Two modes, Python 3 standard library only:

    # one large file, streamed to disk in constant memory
    python3 benchmarks/generate.py --size 100MB --encoding windows-1252 --out equipements.csv

    # a catalogue: N small dataset folders (one CSV of 20-50 rows and a README each)
    python3 benchmarks/generate.py --catalogue 10000 --out catalogue/

Sizes are decimal: 1 KB = 10^3 bytes, 1 MB = 10^6 bytes, 1 GB = 10^9 bytes. A file stops at
the first record boundary at or after the requested size, so it is at most one record larger.

The file is `;`-separated, LF line endings, with a header, one record per public facility:

    id                 1, 2, 3…
    nom_equipement     "Gymnase Jean-Moulin", "Médiathèque des Tilleuls"…
    commune            a real commune, with its postcode, INSEE code and approximate centre:
    code_postal        five digits, some with a leading zero (01000, 06000…)
    code_insee         five characters, Corsica as 2A/2B (2A004, 2B033…)
    latitude           decimal point, five decimals, within a few km of the commune's centre
    longitude
    courriel           a role mailbox of the commune (accueil@mairie-valence.fr…)
    telephone          a landline of the commune's area (04 75 12 34 56)
    siret              14 digits with a valid Luhn key (and a valid SIREN)
    date_ouverture     ISO dates (1987-03-15)
    date_mise_a_jour   French dates (15/03/2024)
    montant_subvention decimal comma (1234,56), a few empty
    commentaire        free text with accents: often empty; some quoted because they hold `;`,
                       a newline or doubled quotes (""); rarely a person's e-mail or mobile
                       number (about 1 record in 2,000) — the personal data Lavande must find.

Generation is deterministic: the same --seed, size and encoding give the same bytes (with the
same Python version). Rows are drawn from pools built once (names, places, SIRETs, dates,
amounts, comments) and written in chunks of a few MB: 1 GB takes about a minute.

Windows-1252 files hold the same records as UTF-8 ones, encoded byte per character: for the same
size they hold a few more records.
"""

import argparse
import datetime
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

HEADER = ("id;nom_equipement;commune;code_postal;code_insee;latitude;longitude;courriel;telephone;"
          "siret;date_ouverture;date_mise_a_jour;montant_subvention;commentaire")

# Real communes: name, postcode, INSEE code, latitude, longitude, area code of their landlines.
COMMUNES = """\
Bourg-en-Bresse|01000|01053|46.205|5.225|04
Oyonnax|01100|01283|46.256|5.655|04
Laon|02000|02408|49.564|3.620|03
Saint-Quentin|02100|02691|49.848|3.287|03
Moulins|03000|03190|46.566|3.333|04
Vichy|03200|03310|46.127|3.426|04
Digne-les-Bains|04000|04070|44.092|6.236|04
Gap|05000|05061|44.559|6.079|04
Nice|06000|06088|43.703|7.266|04
Antibes|06600|06004|43.581|7.125|04
Privas|07000|07186|44.735|4.599|04
Charleville-Mézières|08000|08105|49.762|4.726|03
Foix|09000|09122|42.965|1.607|05
Troyes|10000|10387|48.297|4.074|03
Carcassonne|11000|11069|43.213|2.349|04
Rodez|12000|12202|44.350|2.575|05
Marseille|13001|13055|43.296|5.370|04
Aix-en-Provence|13100|13001|43.529|5.447|04
Caen|14000|14118|49.183|-0.370|02
Aurillac|15000|15014|44.926|2.440|04
Angoulême|16000|16015|45.648|0.156|05
La Rochelle|17000|17300|46.160|-1.151|05
Bourges|18000|18033|47.081|2.399|02
Tulle|19000|19272|45.267|1.770|05
Ajaccio|20000|2A004|41.919|8.738|04
Porto-Vecchio|20137|2A247|41.591|9.279|04
Bastia|20200|2B033|42.697|9.450|04
Corte|20250|2B096|42.306|9.150|04
Dijon|21000|21231|47.322|5.041|03
Saint-Brieuc|22000|22278|48.514|-2.765|02
Guéret|23000|23096|46.171|1.871|05
Périgueux|24000|24322|45.184|0.721|05
Besançon|25000|25056|47.238|6.024|03
Valence|26000|26362|44.933|4.892|04
Die|26150|26113|44.753|5.370|04
Évreux|27000|27229|49.024|1.151|02
Chartres|28000|28085|48.446|1.489|02
Brest|29200|29019|48.390|-4.486|02
Quimper|29000|29232|47.996|-4.102|02
Nîmes|30000|30189|43.837|4.360|04
Toulouse|31000|31555|43.605|1.444|05
Auch|32000|32013|43.646|0.586|05
Bordeaux|33000|33063|44.838|-0.579|05
Montpellier|34000|34172|43.611|3.877|04
Béziers|34500|34032|43.344|3.216|04
Rennes|35000|35238|48.117|-1.678|02
Châteauroux|36000|36044|46.811|1.686|02
Tours|37000|37261|47.394|0.685|02
Grenoble|38000|38185|45.188|5.724|04
Lons-le-Saunier|39000|39300|46.675|5.555|03
Mont-de-Marsan|40000|40192|43.890|-0.499|05
Blois|41000|41018|47.586|1.335|02
Saint-Étienne|42000|42218|45.439|4.387|04
Le Puy-en-Velay|43000|43157|45.043|3.885|04
Nantes|44000|44109|47.218|-1.554|02
Saint-Nazaire|44600|44184|47.273|-2.214|02
Orléans|45000|45234|47.903|1.909|02
Cahors|46000|46042|44.448|1.441|05
Agen|47000|47001|44.203|0.616|05
Mende|48000|48095|44.518|3.501|04
Angers|49000|49007|47.478|-0.563|02
Saint-Lô|50000|50502|49.116|-1.091|02
Reims|51100|51454|49.258|4.032|03
Chaumont|52000|52121|48.111|5.139|03
Laval|53000|53130|48.073|-0.770|02
Nancy|54000|54395|48.692|6.184|03
Bar-le-Duc|55000|55029|48.773|5.160|03
Vannes|56000|56260|47.658|-2.760|02
Metz|57000|57463|49.119|6.176|03
Nevers|58000|58194|46.990|3.159|03
Lille|59000|59350|50.629|3.057|03
Beauvais|60000|60057|49.430|2.081|03
Alençon|61000|61001|48.432|0.091|02
Arras|62000|62041|50.291|2.777|03
Clermont-Ferrand|63000|63113|45.778|3.082|04
Pau|64000|64445|43.295|-0.370|05
Tarbes|65000|65440|43.233|0.078|05
Perpignan|66000|66136|42.699|2.895|04
Strasbourg|67000|67482|48.573|7.752|03
Colmar|68000|68066|48.079|7.358|03
Mulhouse|68100|68224|47.750|7.336|03
Lyon|69001|69123|45.764|4.836|04
Villeurbanne|69100|69266|45.767|4.880|04
Vesoul|70000|70550|47.622|6.155|03
Mâcon|71000|71270|46.307|4.828|03
Le Mans|72000|72181|48.006|0.199|02
Chambéry|73000|73065|45.564|5.918|04
Annecy|74000|74010|45.899|6.129|04
Paris|75001|75056|48.857|2.352|01
Rouen|76000|76540|49.443|1.099|02
Le Havre|76600|76351|49.494|0.108|02
Melun|77000|77288|48.540|2.660|01
Versailles|78000|78646|48.805|2.120|01
Niort|79000|79191|46.323|-0.464|05
Amiens|80000|80021|49.894|2.296|03
Albi|81000|81004|43.929|2.148|05
Montauban|82000|82121|44.018|1.355|05
Toulon|83000|83137|43.124|5.928|04
Avignon|84000|84007|43.949|4.806|04
La Roche-sur-Yon|85000|85191|46.670|-1.426|02
Poitiers|86000|86194|46.580|0.340|05
Limoges|87000|87085|45.834|1.261|05
Épinal|88000|88160|48.172|6.450|03
Auxerre|89000|89024|47.799|3.567|03
Belfort|90000|90010|47.640|6.863|03
Évry-Courcouronnes|91000|91228|48.629|2.441|01
Nanterre|92000|92050|48.892|2.207|01
Bobigny|93000|93008|48.908|2.440|01
Créteil|94000|94028|48.790|2.455|01
Cergy|95000|95127|49.036|2.076|01"""

FACILITY_KINDS = [
    "Gymnase", "Stade", "Piscine", "Médiathèque", "Bibliothèque", "École élémentaire",
    "École maternelle", "Groupe scolaire", "Salle polyvalente", "Maison de quartier", "Crèche",
    "Centre social", "Halle des sports", "Conservatoire", "Musée", "Mairie annexe",
    "Parking", "Maison des associations", "Centre de loisirs", "Espace jeunes",
]
FACILITY_NAMES = [
    "Jean-Moulin", "Victor-Hugo", "des Tilleuls", "Pierre-et-Marie-Curie", "Léo-Lagrange",
    "du Château", "des Écoles", "Jules-Ferry", "de la Gare", "Antoine-de-Saint-Exupéry",
    "Louise-Michel", "Simone-Veil", "Édith-Piaf", "du Moulin", "des Acacias", "Louis-Pasteur",
    "Jean-Jaurès", "Aimé-Césaire", "Colette", "des Peupliers", "du Centre", "de la Plaine",
    "Marcel-Pagnol", "Joséphine-Baker", "Albert-Camus", "George-Sand", "des Cèdres",
    "Françoise-Dolto", "du Lac", "Gustave-Eiffel", "Olympe-de-Gouges", "des Vignes",
]
ROLE_MAILBOXES = [
    "accueil", "mairie", "contact", "sport", "culture", "mediatheque", "piscine", "enfance",
    "jeunesse", "ecole", "services-techniques", "secretariat", "associations", "urbanisme",
]
MAIL_DOMAIN_PREFIXES = ["mairie", "ville"]

SENTENCES = [
    "Éclairage refait en 2023.", "Accès PMR par l'entrée côté parking.",
    "Vestiaires rénovés, douches à réparer.", "Fermé pendant les vacances d'été.",
    "Ouvert aux associations le week-end.", "Chauffage au bois depuis 2021.",
    "Toiture à vérifier après l'orage de février.", "Capacité réduite à 120 personnes.",
    "Réservation obligatoire auprès de l'accueil.",
    "Équipement partagé avec la communauté de communes.",
    "Subvention de 12 500 € votée en conseil municipal.",
    "Contrôle de sécurité effectué, rien à signaler.", "Peinture des façades prévue à l'automne.",
    "Défibrillateur installé près de l'entrée.",
    "Accès par la rue Émile-Zola, stationnement limité.",
    "Fréquentation en hausse depuis la réouverture.",
    "Géré par le syndicat intercommunal (SIVOM).", "Horaires d'été : 9 h – 19 h.",
    "Bâtiment classé, travaux soumis à l'avis de l'ABF.", "Cœur de village, à côté de l'église.",
    "Aire de jeux sécurisée pour les 3–12 ans.", "Wi-Fi public disponible dans le hall.",
    "Diagnostic énergétique à prévoir…", "Sol sportif changé l'été dernier.",
]
QUOTED_SENTENCES = [
    'Bassin dit "nordique" l\'hiver.', 'Salle surnommée "la Grange" par les habitants.',
    'Projet "Cœur de ville" : phase 2.', 'Panneau "Travaux en cours" à retirer.',
    'Label "Ville active et sportive" obtenu en 2022.',
]
FIRST_NAMES = ["jean", "marie", "pierre", "sophie", "nicolas", "isabelle", "michel", "nathalie",
               "françois", "céline", "philippe", "hélène", "thomas", "camille"]
LAST_NAMES = ["dupont", "martin", "bernard", "durand", "petit", "leroy", "moreau", "lefèvre",
              "garnier", "faure", "rousseau", "mercier", "girard", "bonnet"]
PERSONAL_MAIL_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"]

CHUNK_ROWS = 16384   # records built and encoded at once: about 3 MB of text
POOL_SIZE = 20000    # distinct values drawn per column pool


def parse_size(text):
    """'10MB' -> 10_000_000. Decimal units (KB, MB, GB) or a plain number of bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*", text, re.IGNORECASE)
    if not match:
        raise ValueError(f"not a size: {text!r} (expected e.g. 10MB, 1GB, 500KB)")
    unit = match.group(2).upper().rstrip("B")
    return int(float(match.group(1)) * {"": 1, "K": 10**3, "M": 10**6, "G": 10**9}[unit])


def csv_field(text):
    """Quotes a field as RFC 4180 does when it holds the separator, a quote or a newline."""
    if any(c in text for c in ';"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def ascii_slug(text):
    """'Saint-Étienne' -> 'saint-etienne', for mail domains."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def luhn_key(payload):
    """The digit that makes payload + digit pass the Luhn check (as SIREN and SIRET must)."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:   # doubled: these digits are in odd positions once the key is appended
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return str((10 - total % 10) % 10)


def make_siret(rng):
    """A SIRET whose SIREN and whole number both pass the Luhn check, avoiding La Poste's SIREN
    (356000000), whose establishments follow another rule."""
    while True:
        siren = str(rng.randint(10**7, 10**8 - 1))
        siren += luhn_key(siren)
        if siren != "356000000":
            break
    nic = f"{rng.randint(1, 9999):04d}"
    return siren + nic + luhn_key(siren + nic)


def phone(rng, area):
    return f"{area} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


def place_pool(rng):
    """Fragments 'commune;code_postal;code_insee;latitude;longitude;courriel;telephone', which
    must agree with each other, so they are drawn together."""
    communes = [line.split("|") for line in COMMUNES.splitlines()]
    pool = []
    for _ in range(POOL_SIZE):
        name, postcode, insee, lat, lon, area = rng.choice(communes)
        mail = f"{rng.choice(ROLE_MAILBOXES)}@{rng.choice(MAIL_DOMAIN_PREFIXES)}-{ascii_slug(name)}.fr"
        latitude = float(lat) + rng.uniform(-0.03, 0.03)
        longitude = float(lon) + rng.uniform(-0.04, 0.04)
        pool.append(f"{name};{postcode};{insee};{latitude:.5f};{longitude:.5f};{mail};{phone(rng, area)}")
    return pool


def date_pool(first_year, last_year, style):
    day = datetime.date(first_year, 1, 1)
    end = datetime.date(last_year, 12, 31)
    pool = []
    while day <= end:
        pool.append(day.isoformat() if style == "iso" else day.strftime("%d/%m/%Y"))
        day += datetime.timedelta(days=1)
    return pool


def amount_pool(rng):
    """Decimal-comma amounts, 2 % of them empty."""
    return ["" if rng.random() < 0.02 else f"{rng.randint(0, 250000)},{rng.randint(0, 99):02d}"
            for _ in range(POOL_SIZE)]


def personal_comment(rng):
    """A comment holding a person's e-mail address or mobile number."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    mobile = phone(rng, rng.choice(["06", "07"]))
    mail = f"{ascii_slug(first)}.{ascii_slug(last)}@{rng.choice(PERSONAL_MAIL_DOMAINS)}"
    return rng.choice([
        f"Rappeler M. {last.capitalize()} au {mobile} avant jeudi.",
        f"Clés chez le gardien, {mail}.",
        f"Signalé par Mme {last.capitalize()} ({mobile}).",
        f"Réclamation transmise par {mail} le 3 mai.",
    ])


def comment_pool(rng):
    """Free-text comments, already quoted where needed. Shares of the pool: 40 % empty, 40 %
    plain, 8 % with `;`, 6 % with a newline, 6 % with doubled quotes, and 1 in 2,000 with
    personal data."""
    def pair():
        return f"{rng.choice(SENTENCES)} {rng.choice(SENTENCES)}"
    pool = [""] * 8000
    pool += [rng.choice(SENTENCES) if i % 2 else pair() for i in range(8000)]
    pool += [f"{rng.choice(SENTENCES)[:-1]} ; {rng.choice(SENTENCES)}" for _ in range(1600)]
    pool += [f"{rng.choice(SENTENCES)}\n{rng.choice(SENTENCES)}" for _ in range(1200)]
    pool += [f"{rng.choice(QUOTED_SENTENCES)} {rng.choice(SENTENCES)}" for _ in range(1190)]
    pool += [personal_comment(rng) for _ in range(10)]
    return [csv_field(comment) for comment in pool]


class RowMaker:
    """Builds records from pools drawn once from a seeded generator."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        rng = self.rng
        self.names = [f"{kind} {name}" for kind in FACILITY_KINDS for name in FACILITY_NAMES]
        self.places = place_pool(rng)
        self.sirets = [make_siret(rng) for _ in range(POOL_SIZE)]
        self.opening_dates = date_pool(1960, 2023, "iso")
        self.update_dates = date_pool(2015, 2024, "french")
        self.amounts = amount_pool(rng)
        self.comments = comment_pool(rng)

    def rows(self, first_id, count):
        """`count` records (without line ends), numbered from first_id."""
        draw = self.rng.choices
        return list(map(";".join, zip(
            map(str, range(first_id, first_id + count)),
            draw(self.names, k=count), draw(self.places, k=count), draw(self.sirets, k=count),
            draw(self.opening_dates, k=count), draw(self.update_dates, k=count),
            draw(self.amounts, k=count), draw(self.comments, k=count))))


def generate_file(path, size, encoding="utf-8", seed=1):
    """Writes a CSV file of at least `size` bytes (ending at the first record boundary at or
    after it) and returns the number of records, the header excluded."""
    maker = RowMaker(seed)
    written = 0
    records = 0
    with open(path, "wb") as out:
        header = (HEADER + "\n").encode(encoding)
        out.write(header)
        written += len(header)
        while written < size:
            rows = maker.rows(records + 1, CHUNK_ROWS)
            chunk = ("\n".join(rows) + "\n").encode(encoding)
            if written + len(chunk) >= size:
                rows, chunk = last_rows(rows, encoding, size - written)
            out.write(chunk)
            written += len(chunk)
            records += len(rows)
    return records


def last_rows(rows, encoding, missing):
    """The first rows whose encoded length reaches `missing` bytes, and their bytes."""
    taken = []
    length = 0
    for row in rows:
        encoded = (row + "\n").encode(encoding)
        taken.append(encoded)
        length += len(encoded)
        if length >= missing:
            break
    return rows[:len(taken)], b"".join(taken)


def licence_readme(title):
    """A dataset README declaring the Licence Ouverte, as real dataset folders do."""
    return (f"# {title}\n\nDonnées inventées pour le banc d'essai de Lavande.\n\n"
            "## Licence\n\nLicence Ouverte 2.0 (Etalab).\n")


def generate_catalogue(folder, count, seed=1):
    """Writes `count` dataset folders jeu-00001… under folder, each holding equipements.csv
    (20 to 50 records, UTF-8) and a README.md with its licence. Returns the total bytes and
    records of the CSV files."""
    maker = RowMaker(seed)
    folder = Path(folder)
    total_bytes = 0
    total_records = 0
    for number in range(1, count + 1):
        dataset = folder / f"jeu-{number:05d}"
        dataset.mkdir(parents=True, exist_ok=True)
        rows = maker.rows(1, maker.rng.randint(20, 50))
        data = (HEADER + "\n" + "\n".join(rows) + "\n").encode("utf-8")
        (dataset / "equipements.csv").write_bytes(data)
        (dataset / "README.md").write_text(licence_readme(f"Équipements publics, jeu n° {number}"),
                                           encoding="utf-8")
        total_bytes += len(data)
        total_records += len(rows)
    return {"bytes": total_bytes, "records": total_records}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="the CSV file to write, or with --catalogue the folder")
    parser.add_argument("--size", default="10MB", help="size of the file: 10MB, 100MB, 1GB… (10^6 bytes a MB)")
    parser.add_argument("--encoding", default="utf-8", choices=["utf-8", "windows-1252"])
    parser.add_argument("--catalogue", type=int, metavar="N", help="write N small dataset folders instead of one file")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random generator (default 1)")
    args = parser.parse_args()
    start = time.perf_counter()
    if args.catalogue:
        generate_catalogue(args.out, args.catalogue, args.seed)
        done = f"{args.catalogue} dataset folders in {args.out}"
    else:
        try:
            size = parse_size(args.size)
        except ValueError as error:
            parser.error(str(error))
        records = generate_file(args.out, size, args.encoding, args.seed)
        done = f"{args.out}: {Path(args.out).stat().st_size} bytes, {records} records, {args.encoding}"
    print(f"{done} ({time.perf_counter() - start:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
