#include "ui/common/accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QVariant>

namespace leadopp::ui::accessibility {

namespace {

// A combo box whose name says what it chooses ("Environment") and whose value is the
// choice ("Sandbox"): what a screen reader needs to say both.
class NamedComboBox final : public QAccessibleWidget
{
public:
    explicit NamedComboBox(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox) { }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Value)
            return combo()->currentText();
        const QString text = QAccessibleWidget::text(kind);
        return kind == QAccessible::Name && text.isEmpty() ? combo()->currentText() : text;
    }
    QStringList actionNames() const override
    {
        return QAccessibleWidget::actionNames() << showMenuAction();
    }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction())
            combo()->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }

private:
    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (className == QLatin1String("QComboBox"))
        return new NamedComboBox(static_cast<QComboBox *>(widget));
    const QVariant role = widget->property(kRoleProperty);
    if (role.isValid() && className == QLatin1String(object->metaObject()->className()))
        return new QAccessibleWidget(widget, QAccessible::Role(role.toInt()));
    return nullptr;
}

} // namespace

void install()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(factory);
    installed = true;
}

void reportFocus(QWidget *widget)
{
    if (!widget || !QAccessible::isActive())
        return;
    QAccessibleEvent event(widget, QAccessible::Focus);
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (view && view->currentIndex().isValid() && iface && iface->tableInterface()) {
        const QModelIndex current = view->currentIndex();
        event.setChild(
            iface->indexOfChild(iface->tableInterface()->cellAt(current.row(), current.column())));
    }
    QAccessible::updateAccessibility(&event);
}

void announce(QWidget *widget)
{
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace leadopp::ui::accessibility
