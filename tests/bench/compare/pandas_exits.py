"""The exit reports of spec/reports.md computed with pandas from the exported participation file
(spec/import-format.md: `foljsam-cli export`), as an analyst would, for tests/bench/compare.

Each function reads the CSV itself and returns (part, key, series, count) tuples: part = report
id (or the id of one of its parts), key = row key or '*total*', series = 0-based column (the last
is Totalt). Parameters p = {'from', 'to', 'cutoff'} as ISO dates.

Common rules: an exit counts when it is dated in the period and not after the cut-off (the period
ends at the cut-off at the latest) and its reason is not FELREG (AVSLUTSORSAK group EXCLUDED: the
enrollment is left out of every report). The code lists (groups, order) are the ones shipped with
the program (spec/codelists.md): the file carries codes, not the register's code table.
"""

import pandas as pd

# --- code lists (spec/codelists.md) ---------------------------------------------------------

EXCLUDED_REASONS = {'FELREG'}

# AVSLUTSORSAK code -> group, for avslutade-grupperad
EXIT_GROUP = {
    'ARBETE': 'ARBETE', 'NYSTARTSJOBB': 'ARBETE', 'SUBV_ARBETE': 'ARBETE', 'OSA': 'ARBETE',
    'ARBETE_STUDIER': 'ARBETE',
    'STUDIER': 'STUDIER', 'CSN': 'STUDIER',
    'MOT_ARBETE': 'ANNAN_ATGARD', 'MOT_STUDIER': 'ANNAN_ATGARD', 'ANNAN_ATGARD': 'ANNAN_ATGARD',
    'ATERGANG': 'ANNAN_ATGARD',
    'FK': 'OVRIGT', 'SAMBO': 'OVRIGT', 'FLYTT': 'OVRIGT', 'SJUKDOM': 'OVRIGT', 'AVLIDEN': 'OVRIGT',
    'INGEN_ATGARD': 'OVRIGT', 'OVRIGT': 'OVRIGT',
    'EJ_SOKT': 'AVBROTT', 'AVBROTT': 'AVBROTT',
    'FELREG': 'EXCLUDED',
}

# FORSORJNING in list order (the transition matrix's columns); OKAND = "uppgift saknas"
INCOME_CODES = ['LON', 'SUBV', 'FORETAG', 'STUDIEMEDEL', 'FS', 'SP', 'AE', 'SE', 'AKASSA', 'AS',
                'ETABL', 'FORALDRAR', 'PENSION', 'ANHORIG', 'INGEN', 'OKAND']
INCOME_MISSING = 'OKAND'

# SYSSELSATTNING code -> SUS group; anything else (none, OKAND, unknown) -> OKAND
OCCUPATION_GROUP = {
    'ARBETE': 'FORVARVSARBETE', 'SUBV_ARBETE': 'FORVARVSARBETE', 'STUDIER': 'STUDIER',
    'ARBETSSOKANDE': 'ARBETSSOKANDE', 'ARBETSTRANING': 'OVRIGA', 'DAGLIG_VERKSAMHET': 'OVRIGA',
    'SJUKSKRIVEN': 'OVRIGA', 'INGEN': 'OVRIGA',
}
OCCUPATION_COLUMNS = ['FORVARVSARBETE', 'STUDIER', 'ARBETSSOKANDE', 'OVRIGA', 'OKAND']


# --- helpers ----------------------------------------------------------------------------------

def _exits(csv_path, p, columns):
    """The exits the reports count, with the given extra columns (empty cell = '')."""
    df = pd.read_csv(csv_path, sep=';', encoding='utf-8-sig', dtype=str, na_filter=False,
                     usecols=['slutdatum', 'avslutsorsak'] + columns)
    last = min(p['to'], p['cutoff'])
    # (an exit is never before its start, so its enrollment started by the cut-off too)
    keep = ((df['slutdatum'] >= p['from']) & (df['slutdatum'] <= last)
            & ~df['avslutsorsak'].isin(EXCLUDED_REASONS))
    return df[keep]


def _year_columns(p):
    """First year of the period and the number of year columns (the period ends at the cut-off
    at the latest)."""
    first = int(p['from'][:4])
    return first, int(min(p['to'], p['cutoff'])[:4]) - first + 1


def _whole_months(start, end):
    """Whole months from start to end (a started month is not counted; 0 when end < start)."""
    months = ((end.str[:4].astype(int) - start.str[:4].astype(int)) * 12
              + end.str[5:7].astype(int) - start.str[5:7].astype(int)
              - (end.str[8:10] < start.str[8:10]).astype(int))
    return months.where(end >= start, 0)


def _one_column(part, keys):
    """Counts of keys in a table without series (column 0 = Totalt)."""
    counts = keys.value_counts()
    return [(part, k, 0, int(n)) for k, n in counts.items()] + [(part, '*total*', 0, int(len(keys)))]


def _by_year(part, keys, years, p):
    """Counts of keys by exit year columns, then Totalt."""
    first, n_years = _year_columns(p)
    column = years.astype(int) - first
    out = []
    for (k, c), n in pd.crosstab(keys, column).stack().items():
        out.append((part, k, int(c), int(n)))
    for k, n in keys.value_counts().items():
        out.append((part, k, n_years, int(n)))
    for c, n in column.value_counts().items():
        out.append((part, '*total*', int(c), int(n)))
    out.append((part, '*total*', n_years, int(len(keys))))
    return out


def _before_after(part, matrix_part, before, after, columns):
    """The före/efter table (Före, Efter, Förändring, Totalt) and its transition matrix (after in
    `columns` order, then Totalt; an after value not in `columns` only reaches the Totalt)."""
    out = []
    n_before = before.value_counts()
    n_after = after.value_counts()
    n_changed_after = after[after != before].value_counts()
    for k in n_before.index.union(n_after.index):
        b, a = int(n_before.get(k, 0)), int(n_after.get(k, 0))
        out += [(part, k, 0, b), (part, k, 1, a), (part, k, 2, a - b),
                (part, k, 3, b + int(n_changed_after.get(k, 0)))]
    total_either = len(before) + int((after != before).sum())
    out += [(part, '*total*', 0, len(before)), (part, '*total*', 1, len(after)),
            (part, '*total*', 2, 0), (part, '*total*', 3, total_either)]
    col = after.map({k: i for i, k in enumerate(columns)})
    listed = col.notna()
    for (b, c), n in pd.crosstab(before[listed], col[listed].astype(int)).stack().items():
        out.append((matrix_part, b, int(c), int(n)))
    for b, n in n_before.items():
        out.append((matrix_part, b, len(columns), int(n)))
    for c, n in col[listed].astype(int).value_counts().items():
        out.append((matrix_part, '*total*', int(c), int(n)))
    out.append((matrix_part, '*total*', len(columns), len(before)))
    return out


def _add_months(dates, months):
    """Calendar months later, clamped to the month's end (2025-08-31 + 6 = 2026-02-28)."""
    return (pd.to_datetime(dates, format='%Y-%m-%d') + pd.DateOffset(months=months)).dt.strftime('%Y-%m-%d')


# --- the reports --------------------------------------------------------------------------------

def avslutade_fn(csv_path, p):
    """Exits in the period by exit reason; part avslutade-grupperad by the reason's group."""
    x = _exits(csv_path, p, [])
    groups = x['avslutsorsak'].map(EXIT_GROUP).fillna('')
    return _one_column('avslutade', x['avslutsorsak']) + _one_column('avslutade-grupperad', groups)


def avslut_kvartal_fn(csv_path, p):
    """Exits in the period by quarter (K1..K4) and year of the exit date, then Totalt."""
    x = _exits(csv_path, p, [])
    quarter = 'K' + ((x['slutdatum'].str[5:7].astype(int) + 2) // 3).astype(str)
    return _by_year('avslut-kvartal', quarter, x['slutdatum'].str[:4], p)


def tid_fs_fore_avslut_fn(csv_path, p):
    """Exits in the period by whole months from aktuell_fs_sedan to the exit: 0-6 (0..5),
    6-12 (6..11), 12- (12 or more), '' unknown; by exit year, then Totalt."""
    x = _exits(csv_path, p, ['aktuell_fs_sedan'])
    known = x['aktuell_fs_sedan'] != ''
    band = pd.Series('', index=x.index)
    months = _whole_months(x.loc[known, 'aktuell_fs_sedan'], x.loc[known, 'slutdatum'])
    band[known] = pd.cut(months, [-1, 5, 11, 10**6], labels=['0-6', '6-12', '12-']).astype(str)
    return _by_year('tid-fs-fore-avslut', band, x['slutdatum'].str[:4], p)


def uppfoljning_fn(csv_path, p):
    """Exits in the period at least 6 months before the cut-off with an answered follow-up
    performed 6..12 months after the exit (by the cut-off), by the status of the latest one."""
    x = _exits(csv_path, p, ['uppf6_datum', 'uppf6_svar', 'uppf6_status',
                             'uppf12_datum', 'uppf12_svar', 'uppf12_status'])
    six_after = _add_months(x['slutdatum'], 6)
    twelve_after = _add_months(x['slutdatum'], 12)
    x = x[six_after <= p['cutoff']]
    six_after, twelve_after = six_after[x.index], twelve_after[x.index]

    def answered(m):
        d = x[f'uppf{m}_datum']
        return ((x[f'uppf{m}_svar'] == 'SVARAT') & (d != '') & (d <= p['cutoff'])
                & (d >= six_after) & (d <= twelve_after))

    ok6, ok12 = answered(6), answered(12)
    # the latest; on the same day the 12-month one
    take12 = ok12 & (~ok6 | (x['uppf12_datum'] >= x['uppf6_datum']))
    take6 = ok6 & ~take12
    status = pd.concat([x.loc[take12, 'uppf12_status'], x.loc[take6, 'uppf6_status']])
    return _one_column('uppfoljning', status)


def fore_efter_forsorjning_fn(csv_path, p):
    """Exits in the period: main (first) income source at start vs at exit, OKAND when none."""
    x = _exits(csv_path, p, ['forsorjning_fore', 'forsorjning_efter'])
    before = x['forsorjning_fore'].str.split('|').str[0].replace('', INCOME_MISSING)
    after = x['forsorjning_efter'].str.split('|').str[0].replace('', INCOME_MISSING)
    return _before_after('fore-efter-forsorjning', 'fore-efter-forsorjning-overgangar',
                         before, after, INCOME_CODES)


def fore_efter_sysselsattning_fn(csv_path, p):
    """Exits in the period: occupation at start vs at exit in SUS's four groups (else OKAND)."""
    x = _exits(csv_path, p, ['sysselsattning_fore', 'sysselsattning_efter'])
    before = x['sysselsattning_fore'].map(OCCUPATION_GROUP).fillna('OKAND')
    after = x['sysselsattning_efter'].map(OCCUPATION_GROUP).fillna('OKAND')
    return _before_after('fore-efter-sysselsattning', 'fore-efter-sysselsattning-overgangar',
                         before, after, OCCUPATION_COLUMNS)


def tid_i_insats_fn(csv_path, p):
    """Exits in the period by whole months from start to exit: 0–3 (0..2), 3–6, 6–12, 12–24,
    24– (24 or more). The keys use an en dash, as Följsam's."""
    x = _exits(csv_path, p, ['startdatum'])
    months = _whole_months(x['startdatum'], x['slutdatum'])
    band = pd.cut(months, [-1, 2, 5, 11, 23, 10**6],
                  labels=['0–3', '3–6', '6–12', '12–24', '24–']).astype(str)
    return _one_column('tid-i-insats', band)


REPORTS = {
    'avslutade': avslutade_fn,
    'avslut-kvartal': avslut_kvartal_fn,
    'tid-fs-fore-avslut': tid_fs_fore_avslut_fn,
    'uppfoljning': uppfoljning_fn,
    'fore-efter-forsorjning': fore_efter_forsorjning_fn,
    'fore-efter-sysselsattning': fore_efter_sysselsattning_fn,
    'tid-i-insats': tid_i_insats_fn,
}

# Every part and series, for both tools: the export file carries every field these reports read
# (start, exit date and reason, aktuell_fs_sedan, income and occupation before/after, both
# follow-ups with date, response and status).
COVERAGE = {
    'avslutade': {
        'sql': {'avslutade': '*', 'avslutade-grupperad': '*'},
        'pandas': {'avslutade': '*', 'avslutade-grupperad': '*'},
    },
    'avslut-kvartal': {
        'sql': {'avslut-kvartal': '*'},
        'pandas': {'avslut-kvartal': '*'},
    },
    'tid-fs-fore-avslut': {
        'sql': {'tid-fs-fore-avslut': '*'},
        'pandas': {'tid-fs-fore-avslut': '*'},
    },
    'uppfoljning': {
        'sql': {'uppfoljning': '*'},
        'pandas': {'uppfoljning': '*'},
    },
    'fore-efter-forsorjning': {
        'sql': {'fore-efter-forsorjning': '*', 'fore-efter-forsorjning-overgangar': '*'},
        'pandas': {'fore-efter-forsorjning': '*', 'fore-efter-forsorjning-overgangar': '*'},
    },
    'fore-efter-sysselsattning': {
        'sql': {'fore-efter-sysselsattning': '*', 'fore-efter-sysselsattning-overgangar': '*'},
        'pandas': {'fore-efter-sysselsattning': '*',
                   'fore-efter-sysselsattning-overgangar': '*'},
    },
    'tid-i-insats': {
        'sql': {'tid-i-insats': '*'},
        'pandas': {'tid-i-insats': '*'},
    },
}
