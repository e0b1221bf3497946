"""Each report three ways, timed and checked (issue 7, spec/benchmark.md; docs/performance.md).

For every report of the catalogue, for one period of the register:
  - Följsam: `foljsam-cli report ID --format json` (the whole run: start, open, read, count);
  - sqlite3: the hand-written query in sql/ID.sql, in the `sqlite3` shell on the same file;
  - pandas: the function in pandas_entries.py / pandas_exits.py on the exported CSV (reading the
    file is part of the work, as it is for an analyst).
Prints the medians of --runs runs and the ratios Följsam / sqlite3 and pandas / Följsam, and
checks that the three give identical counts: every (part, row, series) cell that each tool covers
(COVERAGE in the pandas modules), zeros dropped. Exits 1 when any count differs.

Run with /usr/bin/python3 (Debian's pandas):
  /usr/bin/python3 compare.py --cli foljsam-cli --db REGISTER --csv EXPORT.csv \
      --from 2025-01-01 --to 2025-12-31 --cutoff 2026-12-06 [--runs 3] [--reports a,b]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pandas_entries  # noqa: E402
import pandas_exits  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = {**pandas_entries.REPORTS, **pandas_exits.REPORTS}
COVERAGE = {**pandas_entries.COVERAGE, **pandas_exits.COVERAGE}


def foljsam_cells(document):
    """(part, key, series, count) of a report's JSON and of each of its parts."""
    cells = set()
    for table in [document] + document.get('parts', []):
        part = table['report']
        for row in table['rows']:
            for series, count in enumerate(row['counts']):
                if count:
                    cells.add((part, row['key'], series, int(count)))
        for series, count in enumerate(table['total']['counts']):
            if count:
                cells.add((part, '*total*', series, int(count)))
    return cells


def tool_cells(tuples):
    return {(str(part), str(key), int(series), int(count))
            for part, key, series, count in tuples if int(count) != 0}


def covered(cells, coverage):
    """The cells of the parts and series a tool covers."""
    out = set()
    for cell in cells:
        series = coverage.get(cell[0])
        if series == '*' or (series is not None and cell[2] in series):
            out.add(cell)
    return out


def timed(runs, work):
    """Median time of `runs` runs after one untimed run (which warms the file cache and lets
    Följsam bring an older register up to its schema first)."""
    result = work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run_foljsam(args, report):
    command = [args.cli, 'report', report, '--db', args.db, '--from', args.period_from,
               '--to', args.period_to, '--cutoff', args.cutoff, '--format', 'json']
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f'foljsam-cli report {report}: {done.stderr.strip()}')
    return foljsam_cells(json.loads(done.stdout))


def run_sqlite(args, report):
    with open(os.path.join(HERE, 'sql', report + '.sql'), encoding='utf-8') as f:
        text = f.read()
    for name, value in ((':from', args.period_from), (':to', args.period_to),
                        (':cutoff', args.cutoff)):
        text = text.replace(name, f"'{value}'")
    done = subprocess.run(['sqlite3', '-readonly', '-batch', '-noheader', '-list', '-separator',
                           '|', args.db], input=text, capture_output=True, text=True, check=False)
    if done.returncode != 0 or done.stderr.strip():
        raise RuntimeError(f'sqlite3 {report}.sql: {done.stderr.strip()}')
    rows = [line.split('|') for line in done.stdout.splitlines() if line.strip()]
    return tool_cells(rows)


def run_pandas(args, report):
    p = {'from': args.period_from, 'to': args.period_to, 'cutoff': args.cutoff}
    return tool_cells(REPORTS[report](args.csv, p))


# The quarterly report document timed against spec/benchmark.md's "10 reports and charts".
QUARTERLY_REPORTS = ['intag', 'stod-fore', 'kon-alder', 'avslutade', 'avslut-kvartal',
                     'tid-fs-fore-avslut', 'uppfoljning', 'fore-efter-forsorjning', 'tid-i-insats',
                     'processmal']


def run_quarterly(args, pdf):
    command = [args.cli, 'report', 'kvartalsrapport', '--db', args.db, '--period', args.quarterly,
               '--cutoff', args.cutoff, '--reports', ','.join(QUARTERLY_REPORTS), '--format',
               'pdf', '--out', pdf]
    environment = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0 or not os.path.getsize(pdf):
        raise RuntimeError(f'kvartalsrapport: {done.stderr.strip()}')


def describe(coverage):
    return ', '.join(part + ('' if series == '*' else ' ' + ','.join(map(str, series)))
                     for part, series in coverage.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--cli', required=True)
    parser.add_argument('--db', required=True)
    parser.add_argument('--csv', required=True)
    parser.add_argument('--from', dest='period_from', required=True)
    parser.add_argument('--to', dest='period_to', required=True)
    parser.add_argument('--cutoff', required=True)
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--reports', default=','.join(REPORTS))
    parser.add_argument('--quarterly', metavar='PERIOD',
                        help='also time the quarterly report of QUARTERLY_REPORTS to PDF')
    args = parser.parse_args()

    print(f'Period {args.period_from}..{args.period_to}, cut-off {args.cutoff}, '
          f'median of {args.runs} runs; times in ms.')
    header = (f"{'report':<27}{'Följsam':>9}{'sqlite3':>9}{'pandas':>9}"
              f"{'F/sqlite3':>11}{'pandas/F':>10}  counts")
    print(header)
    print('-' * len(header))
    problems = []
    for report in args.reports.split(','):
        f_time, f_cells = timed(args.runs, lambda: run_foljsam(args, report))
        s_time, s_cells = timed(args.runs, lambda: run_sqlite(args, report))
        p_time, p_cells = timed(args.runs, lambda: run_pandas(args, report))
        verdicts = []
        for tool, cells in (('sql', s_cells), ('pandas', p_cells)):
            coverage = COVERAGE[report][tool]
            expected = covered(f_cells, coverage)
            got = covered(cells, coverage)
            if not expected:
                problems.append(f'{report}: Följsam has no counts where {tool} compares; '
                                'the check would prove nothing')
            if expected != got:
                only_f = sorted(expected - got)[:5]
                only_t = sorted(got - expected)[:5]
                problems.append(f'{report}: {tool} differs from Följsam; only Följsam: {only_f}; '
                                f'only {tool}: {only_t}')
                verdicts.append(f'{tool} DIFFERS')
            else:
                verdicts.append(f'{tool} = ({len(expected)} cells)')
        print(f'{report:<27}{f_time * 1000:>9.0f}{s_time * 1000:>9.0f}{p_time * 1000:>9.0f}'
              f'{f_time / s_time:>11.2f}{p_time / f_time:>10.2f}  ' + ', '.join(verdicts),
              flush=True)
    print()
    print('What each tool compares (part, series; * = all):')
    for report in args.reports.split(','):
        print(f"  {report}: sqlite3 {describe(COVERAGE[report]['sql'])}; "
              f"pandas {describe(COVERAGE[report]['pandas'])}")
    if args.quarterly:
        pdf = os.path.join(os.path.dirname(os.path.abspath(args.db)), 'kvartalsrapport.pdf')
        q_time, _ = timed(args.runs, lambda: run_quarterly(args, pdf))
        print()
        print(f'Kvartalsrapport {args.quarterly} med {len(QUARTERLY_REPORTS)} rapporter och '
              f'diagram som PDF: {q_time * 1000:.0f} ms (mål högst 2000 ms)')
    if problems:
        print()
        for problem in problems:
            print('FEL: ' + problem)
        return 1
    print()
    print('Alla antal lika i Följsam, sqlite3 och pandas.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
