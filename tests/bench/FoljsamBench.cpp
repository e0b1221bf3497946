// Speed and memory at scale (spec/benchmark.md), measured with Google Benchmark on a demo register
// that scripts/bench builds once and caches: FOLJSAM_BENCH_DB names it. Built by the release
// preset only (FOLJSAM_BENCH); never run by the tests, and no timing is asserted anywhere.
//
//   open + first page, the worklist, search per keystroke, each report for one year, CSV import
//   rate, and the peak memory with the register open and the first page shown (a counter).

#include "Localization.h"
#include "domain/Clock.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "reporting/Dashboard.h"
#include "reporting/Reports.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

using namespace foljsam;

// The register's "today": FOLJSAM_BENCH_AS_OF (scripts/bench sets the day the demo data was
// made for), else today.
const core::Clock& clock() {
    static const core::FixedClock c(
        qEnvironmentVariableIsSet("FOLJSAM_BENCH_AS_OF")
            ? QDate::fromString(qEnvironmentVariable("FOLJSAM_BENCH_AS_OF"), Qt::ISODate)
            : QDate::currentDate());
    return c;
}

QString registerPath() {
    return qEnvironmentVariable("FOLJSAM_BENCH_DB");
}

std::unique_ptr<core::Register> openRegister() {
    auto opened = core::Register::open(registerPath(), {}, clock());
    if (!opened) {
        std::fprintf(stderr, "FOLJSAM_BENCH_DB: %s\n", qPrintable(opened.error().message));
        std::exit(2);
    }
    return std::move(opened).value();
}

// The peak resident set of this process so far (VmHWM), in megabytes.
double peakMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// Open the register and read the participant list's first page with its count: what the
// window does before it shows anything.
void OpenAndFirstPage(benchmark::State& state) {
    for (auto _ : state) {
        auto reg = openRegister();
        core::ParticipantFilter filter;
        auto page = reg->participants(filter, 200, 0);
        auto count = reg->participantCount(filter);
        benchmark::DoNotOptimize(page);
        benchmark::DoNotOptimize(count);
    }
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(OpenAndFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime();

// The worklist (Att göra), the page the window opens on: everyone's, and one coach's.
void Worklist(benchmark::State& state) {
    auto reg = openRegister();
    core::WorklistOptions options;
    if (state.range(0) == 1) {
        options.coach = QStringLiteral("anna.lindqvist"); // a coach of the demo register
    }
    for (auto _ : state) {
        auto items = reg->worklist(options);
        benchmark::DoNotOptimize(items);
    }
}
BENCHMARK(Worklist)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// One keystroke of search-as-you-type: the first page and the count for the text so far, for
// each of the texts typed on the way to a name, a personnummer and a participant key (the
// argument; the label shows the text). The median is over these keystrokes.
const QStringList& typedTexts() {
    static const QStringList typed = {QStringLiteral("A"),        QStringLiteral("An"),
                                      QStringLiteral("And"),      QStringLiteral("Ander"),
                                      QStringLiteral("1985"),     QStringLiteral("198501"),
                                      QStringLiteral("19850101"), QStringLiteral("D-2020")};
    return typed;
}

void SearchPerKeystroke(benchmark::State& state) {
    auto reg = openRegister();
    core::ParticipantFilter filter;
    filter.search = typedTexts().at(state.range(0));
    state.SetLabel(filter.search.toStdString());
    for (auto _ : state) {
        auto page = reg->participants(filter, 200, 0);
        auto count = reg->participantCount(filter);
        benchmark::DoNotOptimize(page);
        benchmark::DoNotOptimize(count);
    }
}
BENCHMARK(SearchPerKeystroke)->DenseRange(0, 7)->Unit(benchmark::kMillisecond)->UseRealTime();

// Each report of the catalogue for the last whole year, its facts read once per run as the
// report page does (only the parts and the period the report reads: Reports::scopeFor).
void ReportOneYear(benchmark::State& state, const QString& id) {
    auto reg = openRegister();
    const int year = clock().today().year() - 1;
    for (auto _ : state) {
        core::ReportParams params;
        params.id = id;
        params.from = QDate(year, 1, 1);
        params.to = QDate(year, 12, 31);
        params.cutoff = clock().today();
        params.ageBands = core::ReportParams::defaultAgeBands();
        auto facts = reg->reportFacts(core::Reports::scopeFor(params));
        if (!facts) {
            state.SkipWithError(qPrintable(facts.error().message));
            return;
        }
        auto table = core::Reports::run(facts.value(), reg->codes(), params);
        benchmark::DoNotOptimize(table);
    }
}

// The förbundschef's dashboard for this year so far, as the dashboard page opens it: its facts
// read (Dashboards::scopeFor), then every tile, trend and programme line; counter `peak_MB` as
// above.
void DashboardThisYear(benchmark::State& state) {
    auto reg = openRegister();
    for (auto _ : state) {
        core::DashboardParams params;
        params.cutoff = clock().today();
        auto facts = reg->reportFacts(core::Dashboards::scopeFor(params, clock().today()));
        if (!facts) {
            state.SkipWithError(qPrintable(facts.error().message));
            return;
        }
        auto board = core::Dashboards::compute(facts.value(), reg->codes(), params);
        benchmark::DoNotOptimize(board);
    }
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(DashboardThisYear)->Unit(benchmark::kMillisecond)->UseRealTime();

// The CSV import into an empty register, in rows per second: the register's own export of its
// first rows (FOLJSAM_BENCH_IMPORT_ROWS, default 2000) read back. FOLJSAM_BENCH_IMPORT_CSV names
// that export when it is at hand (scripts/bench caches it), which saves exporting the register.
void ImportRate(benchmark::State& state) {
    QByteArray csv;
    qint64 rows = 0;
    {
        core::Result<QByteArray> all = QByteArray();
        if (const QString file = qEnvironmentVariable("FOLJSAM_BENCH_IMPORT_CSV");
            !file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                state.SkipWithError("FOLJSAM_BENCH_IMPORT_CSV cannot be read");
                return;
            }
            all = f.readAll();
        } else {
            auto reg = openRegister();
            all = core::Exporter(*reg).exportCsv();
        }
        if (!all) {
            state.SkipWithError(qPrintable(all.error().message));
            return;
        }
        const int wanted = qEnvironmentVariableIntValue("FOLJSAM_BENCH_IMPORT_ROWS");
        const qsizetype limit = wanted > 0 ? wanted : 2000;
        qsizetype end = 0;
        for (qsizetype line = 0; line <= limit && end >= 0; ++line) {
            end = all->indexOf('\n', end) + 1;
            if (end == 0) {
                end = -1;
            }
        }
        csv = end > 0 ? all->left(end) : all.value();
        rows = csv.count('\n') - 1;
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        core::OpenOptions create;
        create.create = true;
        auto reg =
            core::Register::open(dir.filePath(QStringLiteral("import.foljsam")), create, clock());
        state.ResumeTiming();
        core::Importer importer(*reg.value());
        auto outcome = importer.importData(csv, {});
        if (!outcome || outcome->hasErrors()) {
            state.SkipWithError("the import failed");
            return;
        }
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] =
        benchmark::Counter(double(rows) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(ImportRate)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    core::installTranslations(app, QStringLiteral("sv"));
    if (registerPath().isEmpty()) {
        std::fprintf(stderr,
                     "Set FOLJSAM_BENCH_DB to a demo register (scripts/bench builds one).\n");
        return 2;
    }
    for (const core::ReportInfo& info : core::Reports::catalogue()) {
        benchmark::RegisterBenchmark(QString(u"ReportOneYear/" + info.id).toStdString().c_str(),
                                     [id = info.id](benchmark::State& s) { ReportOneYear(s, id); })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
