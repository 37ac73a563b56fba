#pragma once

// Shared by the benchmark programs: best-of-N thread CPU time, and one line per figure with
// its target beside it, so a reader sees at once which targets hold.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace leadopp::bench {

inline int &rounds()
{
    static int count = 7;
    return count;
}

inline void setRounds(int count)
{
    rounds() = std::max(1, count);
}

inline double clockMs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline double threadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}

/// CPU time of every thread of the process: beside a wall time, it shows the work that
/// was moved off the measuring thread rather than saved.
inline double processCpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

inline double wallMs()
{
    return clockMs(CLOCK_MONOTONIC);
}

/// A step that runs on more than one thread: its wall time and the CPU time of all threads,
/// each the smallest of rounds() runs.
struct WallAndCpu {
    double wallMs = 1e300;
    double cpuMs = 1e300;
};

/// One run of a step: its wall time and the CPU time of all threads.
template<typename Step> WallAndCpu timed(const Step &step)
{
    const double wallStart = wallMs();
    const double cpuStart = processCpuMs();
    step();
    return { wallMs() - wallStart, processCpuMs() - cpuStart };
}

inline WallAndCpu fastest(const WallAndCpu &a, const WallAndCpu &b)
{
    return { std::min(a.wallMs, b.wallMs), std::min(a.cpuMs, b.cpuMs) };
}

template<typename Step> WallAndCpu bestWallAndCpu(const Step &step)
{
    WallAndCpu best;
    for (int round = 0; round < rounds(); ++round)
        best = fastest(best, timed(step));
    return best;
}

/// The fastest of rounds() runs: the figure least disturbed by the rest of the machine.
template<typename Step> double bestMs(const Step &step)
{
    double best = 1e300;
    for (int round = 0; round < rounds(); ++round) {
        const double start = threadCpuMs();
        step();
        best = std::min(best, threadCpuMs() - start);
    }
    return best;
}

/// The fastest run of each step, the steps taking turns for rounds() rounds and at least
/// `spanMs` of wall time. On a shared host a core's speed changes in spells of about a
/// second (one parse measured 5.3 ms in one spell and 10.6 ms in the next): a few runs taken
/// back to back would give the speed of one spell, and the two sides of a ratio the speeds
/// of two different spells.
inline std::vector<double> bestInTurns(const std::vector<std::function<void()>> &steps,
                                       double spanMs = 1500)
{
    std::vector<double> best(steps.size(), 1e300);
    const double until = wallMs() + spanMs;
    for (int round = 0; round < rounds() || wallMs() < until; ++round) {
        for (size_t step = 0; step < steps.size(); ++step) {
            const double start = threadCpuMs();
            steps[step]();
            best[step] = std::min(best[step], threadCpuMs() - start);
        }
    }
    return best;
}

inline const char *verdict(double value, double target)
{
    return value <= target ? "ok" : "MISSED";
}

/// A time in milliseconds against an absolute target (0: no target, a baseline).
inline void printAbsolute(const char *what, double ms, double targetMs)
{
    if (targetMs <= 0)
        std::printf("%-46s %10.3f ms\n", what, ms);
    else
        std::printf("%-46s %10.3f ms   target <= %g ms   %s\n", what, ms, targetMs,
                    verdict(ms, targetMs));
}

/// A ratio measured in the same run against its target (0: no target, shown for reading).
inline void printRatio(const char *what, double ratio, double target)
{
    if (target <= 0) {
        std::printf("%-46s %10.2f x\n", what, ratio);
        return;
    }
    std::printf("%-46s %10.2f x    target <= %gx      %s\n", what, ratio, target,
                verdict(ratio, target));
}

} // namespace leadopp::bench
