// gen_bigdraft LINES CONTACTS [FILE]: writes a generated request body (indented, as a rep's
// file would be) to FILE or standard output.
#include "bigdraft.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: gen_bigdraft LINES CONTACTS [FILE]\n");
        return 2;
    }
    const leadopp::test::BigDraftShape shape { std::atoi(argv[1]), std::atoi(argv[2]) };
    const QByteArray bytes = QJsonDocument(leadopp::test::bigDraftRecord(shape)).toJson();
    QFile out;
    const bool opened = argc > 3 ? (out.setFileName(QString::fromLocal8Bit(argv[3])),
                                    out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                                 : out.open(stdout, QIODevice::WriteOnly);
    return opened && out.write(bytes) == bytes.size() ? 0 : 1;
}
