#pragma once

#include "core/document/draft.h"
#include "net/environment.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace leadopp::net {
class LeadFinder;
struct ApiResult;
} // namespace leadopp::net

namespace leadopp::ui {

class LeadFetch;
class ServerAccess;

/// File ▸ Open from Server: a 3DS id, or a partner opportunity id looked up by search, in
/// the environment chosen in the window. The lead comes back as a draft based on the
/// server copy (draftFetched), and the dialog closes; every failure (an id of the wrong
/// shape, no such lead, no key, no network) is said in the dialog itself, which stays open
/// for another try. Return opens, Esc cancels (a fetch under way with it).
class OpenFromServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenFromServerDialog)

public:
    explicit OpenFromServerDialog(ServerAccess *access, QWidget *parent = nullptr);
    ~OpenFromServerDialog() override;

    /// The sentence shown about the last failure; empty while there is none.
    QString message() const;

Q_SIGNALS:
    void draftFetched(const leadopp::core::Draft &draft);

private:
    void buildLayout();
    void lookUp();
    void searchPartnerId(const QString &partnerId);
    void onPartnerIdsFound(const QString &partnerId, const QStringList &ids,
                           const net::ApiResult &result);
    void onFetched(const core::Draft &draft);
    void showFailure(const QString &message);
    void setBusy(bool busy, const QString &message = {});
    void stopRunning();
    void reject() override;

    ServerAccess *m_access;
    net::Environment m_environment;
    LeadFetch *m_fetch;
    QPointer<net::LeadFinder> m_finder;
    QRadioButton *m_byDsId = nullptr;
    QRadioButton *m_byPartnerId = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leadopp::ui
