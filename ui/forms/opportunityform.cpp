#include "ui/forms/opportunityform.h"

#include "ui/forms/serverinfogroup.h"
#include "ui_opportunityform.h"

namespace leadopp::ui {

OpportunityForm::OpportunityForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OpportunityForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("opportunityForm"));
    // Above the column's closing spacer.
    m_ui->rightColumn->insertWidget(m_ui->rightColumn->count() - 1,
                                    new ServerInfoGroup(core::Section::Opportunity, this));
}

OpportunityForm::~OpportunityForm() = default;

} // namespace leadopp::ui
