#pragma once

#include <QWidget>

class QToolButton;

namespace leadopp::ui {

/// A titled group whose content folds away behind a disclosure arrow.
class CollapsibleGroup : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsibleGroup)

public:
    explicit CollapsibleGroup(const QString &title, QWidget *parent = nullptr);

    /// Takes ownership of `content`, shown below the title when expanded.
    void setContent(QWidget *content);
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_toggle;
    QWidget *m_content = nullptr;
};

} // namespace leadopp::ui
