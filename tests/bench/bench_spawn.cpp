// Times one run of a command, as the whole-process benchmarks need it: from just before it
// is started to its exit (or, with --paint, to the first paint it reports on its last line
// of output, in microseconds since the epoch), printed in microseconds.
//
//   bench_spawn CMD ARGS...          (the command's output goes to /dev/null)
//   bench_spawn --paint CMD ARGS...
//
// The shell could time it too, but a shell starts a program by copying itself first: on a
// 2-core VM that copy and a `date` to read the clock add 6 to 12 ms to every run, the same
// for both sides of a ratio, which pulls every ratio towards 1. posix_spawn starts the
// program without the copy, and the clock is read here, around the start and the wait.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

long long nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// Starts argv with its stdout on `outFd` (and its stderr on /dev/null); returns its pid.
pid_t start(char **argv, int outFd)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outFd, STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv, environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

// The last line a reader gives before its end.
std::string lastLine(int fd)
{
    std::string all;
    char buffer[4096];
    for (ssize_t got; (got = read(fd, buffer, sizeof buffer)) > 0;)
        all.append(buffer, size_t(got));
    while (!all.empty() && all.back() == '\n')
        all.pop_back();
    const size_t newline = all.rfind('\n');
    return newline == std::string::npos ? all : all.substr(newline + 1);
}

int timeExit(char **argv)
{
    const int devNull = open("/dev/null", O_WRONLY);
    const long long begin = nowUs();
    const pid_t pid = start(argv, devNull);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0)
        return 2;
    std::printf("%lld\n", nowUs() - begin);
    return 0;
}

int timePaint(char **argv)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return 2;
    const long long begin = nowUs();
    const pid_t pid = start(argv, pipeFds[1]);
    close(pipeFds[1]);
    const std::string painted = lastLine(pipeFds[0]);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0)
        return 2;
    std::printf("%lld\n", std::atoll(painted.c_str()) - begin);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool paint = argc > 1 && std::strcmp(argv[1], "--paint") == 0;
    const int first = paint ? 2 : 1;
    if (argc <= first) {
        std::fprintf(stderr, "usage: bench_spawn [--paint] CMD [ARGS...]\n");
        return 2;
    }
    return paint ? timePaint(argv + first) : timeExit(argv + first);
}
