// gen_bigdraft LINES CONTACTS [FILE] [--draft]: writes a generated request body (indented,
// as a rep's file would be) to FILE or standard output; with --draft, the editor's draft
// file around it, as a rep's saved draft is. The benchmarks open the draft: a bare request
// body without a 3DS id makes the editor ask whether it updates a lead.
#include "bigdraft.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **argv)
{
    const bool asDraft = argc > 1 && std::strcmp(argv[argc - 1], "--draft") == 0;
    if (asDraft)
        --argc;
    if (argc < 3) {
        std::fprintf(stderr, "usage: gen_bigdraft LINES CONTACTS [FILE] [--draft]\n");
        return 2;
    }
    const leadopp::test::BigDraftShape shape { std::atoi(argv[1]), std::atoi(argv[2]) };
    QJsonObject json = leadopp::test::bigDraftRecord(shape);
    if (asDraft)
        json = QJsonObject { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("record"), json } };
    const QByteArray bytes = QJsonDocument(json).toJson();
    QFile out;
    const bool opened = argc > 3 ? (out.setFileName(QString::fromLocal8Bit(argv[3])),
                                    out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                                 : out.open(stdout, QIODevice::WriteOnly);
    return opened && out.write(bytes) == bytes.size() ? 0 : 1;
}
