"""The enrollment and referral reports of the catalogue (spec/reports.md), computed with pandas
from the register's exported participation file (spec/import-format.md: one row per enrollment,
or per referral that never led to one), as an analyst would. Run with /usr/bin/python3.

Each function fn(csv_path, p), p = {'from', 'to', 'cutoff'} (ISO dates), reads the file itself and
returns (part, key, series, count) tuples: key '*total*' is the table's total row, series is the
0-based column (the last is the total, except in volym whose columns are measures).

The register as it stood on the cut-off: a referral received later is absent, a decision, exit or
action plan dated later is not made yet; an enrollment with exit reason FELREG (felregistrering)
is never counted. All dates are ISO text, so they compare as strings ('' = unknown).
"""

import pandas as pd

EXCLUDED_EXIT = 'FELREG'         # AVSLUTSORSAK group EXCLUDED
SEX_ORDER = ['K', 'M', 'X']      # KON in code-list order; the total column comes after
AGE_BANDS = [(16, 24), (25, 29), (30, 39), (40, 49), (50, 66)]  # the reports' default bands


def _read(csv_path, columns):
    return pd.read_csv(csv_path, sep=';', encoding='utf-8-sig', dtype=str, usecols=columns,
                       na_filter=False)


def _period(p):
    """from, to (never after the cut-off), cut-off."""
    return p['from'], min(p['to'], p['cutoff']), p['cutoff']


def _referrals(csv_path, p, columns):
    """Referrals received in the period."""
    start, end, _ = _period(p)
    df = _read(csv_path, ['remissdatum'] + columns)
    return df[(df.remissdatum >= start) & (df.remissdatum <= end)]


def _enrollments(csv_path, p, columns):
    """Enrollments started by the cut-off, FELREG left out, with 'exit': the exit date if on or
    before the cut-off, else ''."""
    cutoff = p['cutoff']
    df = _read(csv_path, ['startdatum', 'slutdatum', 'avslutsorsak'] + columns)
    df = df[(df.startdatum != '') & (df.startdatum <= cutoff) & (df.avslutsorsak != EXCLUDED_EXIT)]
    df = df.assign(exit=df.slutdatum.where(df.slutdatum <= cutoff, ''))
    return df


def _person(df):
    """A person's key in the file: personnummer, else the participant key (deltagare)."""
    return df.personnummer + '/' + df.deltagare


def _active(df, start, end):
    """Enrollments active at some time start..end."""
    return df[(df.startdatum <= end) & ((df.exit == '') | (df.exit >= start))]


def _tuples(part, counts, column=0):
    """A Series of counts by key, plus the total row."""
    out = [(part, key, column, int(n)) for key, n in counts.items()]
    out.append((part, '*total*', column, int(counts.sum())))
    return out


def _years(p):
    """The calendar years of the period, each cut to the period: (year, from, to)."""
    start, end, _ = _period(p)
    return [(y, max(start, f'{y}-01-01'), min(end, f'{y}-12-31'))
            for y in range(int(start[:4]), int(end[:4]) + 1)]


def remittenter(csv_path, p):
    df = _referrals(csv_path, p, ['remittent', 'andra_aktorer'])
    out = _tuples('remittenter', df.remittent.value_counts())
    others = df.andra_aktorer[df.andra_aktorer != ''].str.split('|').explode()
    out += _tuples('remittenter-andra', others.value_counts())
    return out


def intag(csv_path, p):
    df = _referrals(csv_path, p, ['intagsbeslut', 'beslutsdatum'])
    decision = df.intagsbeslut.where(df.beslutsdatum <= p['cutoff'], '')  # decided later: none yet
    return _tuples('intag', decision.value_counts())


def stod_fore(csv_path, p):
    start, end, _ = _period(p)
    df = _enrollments(csv_path, p, ['stod_fore'])
    df = df[(df.startdatum >= start) & (df.startdatum <= end)]
    return _tuples('stod-fore', df.stod_fore.value_counts())


def _age_at_start(df):
    """Age at start: from the birth date in the personnummer (samordningsnummer: day + 60), else
    start year - birth year (anonymous participants). The register keeps the exact age at start
    of persons anonymised by retention (enrollment.start_age); the file has only their birth
    year, so for them this can be a year off."""
    start_year = df.startdatum.str[:4].astype(int)
    start_md = df.startdatum.str[5:10]
    pin = df.personnummer
    has_pin = pin != ''
    day = pin.str[6:8].where(has_pin, '0').astype(int)
    day = day.where(day <= 60, day - 60)
    birth_md = pin.str[4:6] + '-' + day.map('{:02d}'.format)
    birth_year = pin.str[:4].where(has_pin, df.fodelsear)
    birth_year = pd.to_numeric(birth_year, errors='coerce')
    age = start_year - birth_year
    age = age - (has_pin & (start_md < birth_md)).astype(int)
    return age.fillna(-1).astype(int)


def kon_alder(csv_path, p):
    start, end, _ = _period(p)
    df = _enrollments(csv_path, p, ['personnummer', 'kon', 'fodelsear'])
    df = df[(df.startdatum >= start) & (df.startdatum <= end)]
    age = _age_at_start(df)
    band = pd.Series('', index=df.index)  # '' = other ages
    for low, high in AGE_BANDS:
        band[(age >= low) & (age <= high)] = f'{low}–{high}'
    table = pd.crosstab(band, df.kon)
    total = len(SEX_ORDER)
    out = []
    for sex in table.columns:
        if sex in SEX_ORDER:
            column = SEX_ORDER.index(sex)
            out += _tuples('kon-alder', table[sex], column)
    out += _tuples('kon-alder', table.sum(axis=1), total)
    return out


def processmal(csv_path, p):
    start, end, cutoff = _period(p)
    df = _enrollments(csv_path, p, ['handlingsplan_datum'])
    df = df[(df.startdatum >= start) & (df.startdatum <= end)]
    started = pd.to_datetime(df.startdatum)
    # the file's plan date is the first plan's; one made after the cut-off is not made yet
    plan = df.handlingsplan_datum.where(df.handlingsplan_datum <= cutoff, '')
    has_plan = plan != ''
    days = (pd.to_datetime(plan.where(has_plan, None)) - started).dt.days
    met = has_plan & (days <= 14)
    pending = ~has_plan & (started + pd.Timedelta(days=14) > pd.Timestamp(cutoff))
    outcome = met.map({True: 'met', False: 'not_met'})[~pending]
    # Only the main part: processmal-kontakt, -forslag and -undantag-kontakt need the contacts,
    # which are not in the file; -undantag-handlingsplan is keyed by enrollment id, not in it.
    return _tuples('processmal', outcome.value_counts())


def volym(csv_path, p):
    df = _enrollments(csv_path, p, ['personnummer', 'deltagare'])
    df = df.assign(person=_person(df))
    start, end, _ = _period(p)
    out = []
    for year, first, last in _years(p):
        out.append(('volym', str(year), 0, int(df.startdatum.between(first, last).sum())))
        out.append(('volym', str(year), 1, int(_active(df, first, last).person.nunique())))
        out.append(('volym', str(year), 2, int(df.exit.between(first, last).sum())))
    out.append(('volym', '*total*', 0, int(df.startdatum.between(start, end).sum())))
    out.append(('volym', '*total*', 1, int(_active(df, start, end).person.nunique())))
    out.append(('volym', '*total*', 2, int(df.exit.between(start, end).sum())))
    # Not series 3 (volume goal) and 4 (remainder to the goal): no programme goals in the file.
    return out


def per_kommun(csv_path, p):
    start, end, _ = _period(p)
    df = _enrollments(csv_path, p, ['personnummer', 'deltagare', 'kommun'])
    df = _active(df, start, end)
    persons = df.assign(person=_person(df)).drop_duplicates('person')
    # the file's kommun is the person's latest home kommun: the one on the cut-off unless the
    # person moved after it (the dated history is not in the file)
    return _tuples('per-kommun', persons.kommun.value_counts())


def tidsserie(csv_path, p):
    df = _enrollments(csv_path, p, ['personnummer', 'deltagare'])
    df = df.assign(person=_person(df))
    counts = pd.Series({str(year): _active(df, first, last).person.nunique()
                        for year, first, last in _years(p)}, dtype=int)
    return _tuples('tidsserie', counts)


REPORTS = {
    'remittenter': remittenter,
    'intag': intag,
    'stod-fore': stod_fore,
    'kon-alder': kon_alder,
    'processmal': processmal,
    'volym': volym,
    'per-kommun': per_kommun,
    'tidsserie': tidsserie,
}

COVERAGE = {
    'remittenter': {'sql': {'remittenter': '*', 'remittenter-andra': '*'},
                    'pandas': {'remittenter': '*', 'remittenter-andra': '*'}},
    'intag': {'sql': {'intag': '*'}, 'pandas': {'intag': '*'}},
    'stod-fore': {'sql': {'stod-fore': '*'}, 'pandas': {'stod-fore': '*'}},
    'kon-alder': {'sql': {'kon-alder': '*'},
                  'pandas': {'kon-alder': '*'}},  # exact unless retention-anonymised persons started in the period (no start_age in the CSV)
    'processmal': {
        'sql': {'processmal': '*', 'processmal-kontakt': '*', 'processmal-forslag': '*',
                'processmal-undantag-handlingsplan': '*', 'processmal-undantag-kontakt': '*'},
        'pandas': {
            'processmal': '*',
            # processmal-kontakt, -forslag, -undantag-kontakt: no contacts in the CSV
            # processmal-undantag-handlingsplan: keyed by enrollment id, not in the CSV
        }},
    'volym': {'sql': {'volym': '*'},
              'pandas': {'volym': [0, 1, 2]}},  # 3 goal, 4 remainder: no programme goals in the CSV
    'per-kommun': {'sql': {'per-kommun': '*'},
                   'pandas': {'per-kommun': '*'}},  # exact unless a counted person moved after the cut-off (the CSV has the latest kommun only)
    'tidsserie': {'sql': {'tidsserie': '*'}, 'pandas': {'tidsserie': '*'}},
}
