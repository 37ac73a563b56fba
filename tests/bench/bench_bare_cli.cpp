// The start-up baseline for `leadopp --help`: a bare QCoreApplication that prints a line
// and exits.
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::puts("Usage: bare <command>");
    return 0;
}
