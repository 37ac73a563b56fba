#pragma once

#include <QDialog>
#include <QHash>

class QPlainTextEdit;
class QTableView;

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

class HistoryModel;

/// Every submission attempt recorded in a document, newest last, with the request and
/// response bodies of the selected attempt (read-only).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    /// `environmentNames`: HistoryModel::setEnvironmentNames().
    explicit HistoryDialog(const core::Document *document,
                           const QHash<QString, QString> &environmentNames = {},
                           QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    /// Selects an attempt (the newest one is selected when the dialog opens).
    void selectRow(int row);

private:
    void showSelected();

    HistoryModel *m_model;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
};

} // namespace leadopp::ui
