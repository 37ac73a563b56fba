#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class LegalEntityForm;
}

namespace leadopp::ui {

/// The Customer legal entity section: editors declared in legalentityform.ui.
class LegalEntityForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegalEntityForm)

public:
    explicit LegalEntityForm(QWidget *parent = nullptr);
    ~LegalEntityForm() override;

private:
    std::unique_ptr<Ui::LegalEntityForm> m_ui;
};

} // namespace leadopp::ui
