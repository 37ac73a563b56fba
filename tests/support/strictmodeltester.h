#pragma once

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

namespace leadopp::test {

/// A QAbstractItemModelTester on `model` whose every complaint fails the running test, from
/// its first checks on: in Qt's Warning mode a complaint is only logged, and in Fatal mode it
/// aborts the whole test binary. Other messages are dropped while it lives, as a test of a
/// model reads its signals, not its log.
class StrictModelTester final
{
    Q_DISABLE_COPY_MOVE(StrictModelTester)

public:
    explicit StrictModelTester(QAbstractItemModel *model)
        : m_previous(qInstallMessageHandler(failOnComplaint)),
          m_tester(model, QAbstractItemModelTester::FailureReportingMode::Warning)
    { }
    ~StrictModelTester() { qInstallMessageHandler(m_previous); }

private:
    static void failOnComplaint(QtMsgType type, const QMessageLogContext &context,
                                const QString &text)
    {
        if (type != QtDebugMsg && qstrcmp(context.category, "qt.modeltest") == 0)
            ADD_FAILURE() << "model tester: " << text.toStdString();
    }

    QtMessageHandler m_previous;
    QAbstractItemModelTester m_tester;
};

} // namespace leadopp::test
