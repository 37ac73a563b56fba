#pragma once

#include "core/document/draft.h"
#include "net/environment.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace leadopp::net {
class LeadFinder;
struct ApiResult;
} // namespace leadopp::net

namespace leadopp::ui {

class LeadFetch;
class LeadListModel;
class ServerAccess;

/// File ▸ Find Leads: searches the chosen environment by modification window (the last 24
/// hours, the last 7 days or a custom window; a window longer than the API's seven days
/// goes out as several searches, shown as "search 2 of 3" and cancellable) or by partner
/// opportunity id, and lists the 3DS ids found. A search answers ids only: the details of
/// the selected lead alone are fetched, when it is selected. Enter, a double-click or Open
/// fetches the lead and hands it over as a draft (draftFetched); the dialog stays open for
/// the next one.
class FindLeadsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindLeadsDialog)

public:
    enum class Window { Last24Hours, Last7Days, Custom };

    explicit FindLeadsDialog(ServerAccess *access, QWidget *parent = nullptr);
    ~FindLeadsDialog() override;

    LeadListModel *model() const { return m_model; }
    /// "Search 2 of 3…", then what the last search found.
    QString progressText() const;
    /// The last failure or note; empty when there is none.
    QString message() const;
    bool isSearching() const { return !m_finder.isNull(); }

Q_SIGNALS:
    void draftFetched(const leadopp::core::Draft &draft);

private:
    void buildCriteria(QGridLayout *grid);
    QWidget *buildSearchRow();
    void buildTable();
    void connectInputs();
    void onWindowChosen();
    void search();
    bool windowOfChoice(QDateTime *from, QDateTime *to);
    void startFinder(const QString &key);
    void onFound(const QStringList &ids, const net::ApiResult &result);
    void onCurrentRowChanged();
    void openSelected();
    void onOpened(const core::Draft &draft);
    void onDetails(const core::Draft &draft);
    void setSearching(bool searching);
    void setMessage(const QString &message);
    void updateDefaultButton(QWidget *focus);
    void stopRunning();
    void reject() override;

    ServerAccess *m_access;
    net::Environment m_environment; ///< where the listed ids were found
    LeadListModel *m_model;
    LeadFetch *m_detailFetch;
    LeadFetch *m_openFetch;
    QPointer<net::LeadFinder> m_finder;
    QRadioButton *m_byWindow = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QRadioButton *m_byPartner = nullptr;
    QLineEdit *m_partnerEdit = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_cancelSearch = nullptr;
    QLabel *m_progress = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace leadopp::ui
