#pragma once

// What the benchmarks share: settings from the environment, CPU time of a thread or of another
// process, percentiles, copying a data folder, and text typed as a clerk types it.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdint>
#include <ctime>
#include <unistd.h>
#include <vector>

namespace kassa::bench {

// An integer setting from the environment, or `fallback`.
inline std::int64_t setting(const char* name, std::int64_t fallback) {
    const QByteArray text = qgetenv(name);
    return text.isEmpty() ? fallback : text.toLongLong();
}

inline double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// User and system time of another process so far, from /proc.
inline double processCpuSeconds(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // Fields 14 and 15 (user and system time) come after the command name in parentheses.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return static_cast<double>(fields.value(11).toLongLong() + fields.value(12).toLongLong()) /
           static_cast<double>(sysconf(_SC_CLK_TCK));
}

// Copies the files of a folder (not its subfolders) into another, replacing what is there.
inline bool copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        QFile::remove(to + QLatin1Char('/') + name);
        if (!QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name)) {
            return false;
        }
    }
    return true;
}

inline double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}

enum class Scale { Microseconds, Milliseconds };

// p50, p95, p99 and the slowest of `microseconds`, as counters in `scale` ("p95_us", "p95_ms").
inline void reportPercentiles(benchmark::State& state, const std::vector<double>& microseconds,
                              Scale scale = Scale::Microseconds) {
    if (microseconds.empty()) {
        return;
    }
    const bool ms = scale == Scale::Milliseconds;
    const double divisor = ms ? 1000.0 : 1.0;
    state.counters[ms ? "p50_ms" : "p50_us"] = percentile(microseconds, 0.50) / divisor;
    state.counters[ms ? "p95_ms" : "p95_us"] = percentile(microseconds, 0.95) / divisor;
    state.counters[ms ? "p99_ms" : "p99_us"] = percentile(microseconds, 0.99) / divisor;
    state.counters[ms ? "max_ms" : "max_us"] = *std::max_element(microseconds.begin(), microseconds.end()) / divisor;
}

// "m", "ma", "mai" ...: every prefix of every text, in order: one search per keystroke.
inline QStringList keystrokesOf(const QStringList& typed) {
    QStringList keystrokes;
    for (const QString& text : typed) {
        for (qsizetype length = 1; length <= text.size(); ++length) {
            keystrokes << text.left(length);
        }
    }
    return keystrokes;
}

// One `search` per benchmark iteration, keystroke after keystroke of `typed` (round again when
// all are typed), each timed; the percentiles reported in `scale`.
template <typename Search>
void measureEachKeystroke(benchmark::State& state, const QStringList& typed, Search search,
                          Scale scale = Scale::Microseconds) {
    const QStringList keystrokes = keystrokesOf(typed);
    std::vector<double> latencies;
    std::size_t i = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        benchmark::DoNotOptimize(search(keystrokes[static_cast<qsizetype>(i++ % keystrokes.size())]));
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    reportPercentiles(state, latencies, scale);
}

} // namespace kassa::bench

// Google Benchmark's main, inside a QCoreApplication (the programs the benchmarks start need one).
#define KASSA_BENCHMARK_MAIN()                                                                                         \
    int main(int argc, char** argv) {                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        benchmark::Initialize(&argc, argv);                                                                            \
        benchmark::RunSpecifiedBenchmarks();                                                                           \
        benchmark::Shutdown();                                                                                         \
        return 0;                                                                                                      \
    }
