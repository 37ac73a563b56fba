#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class OpportunityForm;
}

namespace leadopp::ui {

/// The Opportunity section (with the record's partner and 3DS ids): editors declared in
/// opportunityform.ui with their "fieldPath", plus the folded server information.
class OpportunityForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityForm)

public:
    explicit OpportunityForm(QWidget *parent = nullptr);
    ~OpportunityForm() override;

private:
    std::unique_ptr<Ui::OpportunityForm> m_ui;
};

} // namespace leadopp::ui
