#include "ui/forms/legalentityform.h"

#include "ui_legalentityform.h"

namespace leadopp::ui {

LegalEntityForm::LegalEntityForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LegalEntityForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("legalEntityForm"));
}

LegalEntityForm::~LegalEntityForm() = default;

} // namespace leadopp::ui
