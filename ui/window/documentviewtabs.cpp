// A draft's section tabs. Only the tab in view is built with the view; the others are
// built when first shown or reached (F8, the Problems list, table()): on a big draft the
// five pages cost as much as the rest of the editor's start together.
#include "ui/binding/fielddecorator.h"
#include "ui/binding/formbinder.h"
#include "ui/forms/legalentityform.h"
#include "ui/forms/opportunityform.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/documentview.h"
#include "ui/window/sectiontabs.h"

#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <algorithm>

namespace leadopp::ui {

using core::Section;

namespace sectiontabs {

int tabOf(Section section)
{
    const auto found = std::find(kOrder.begin(), kOrder.end(), section);
    return found == kOrder.end() ? -1 : int(found - kOrder.begin());
}

QString title(Section section)
{
    switch (section) {
    case Section::OfferLines:
        return DocumentView::tr("Offer lines");
    case Section::CustomerLegalEntity:
        return DocumentView::tr("Customer legal entity");
    case Section::CustomerContacts:
        return DocumentView::tr("Customer contacts");
    case Section::PartnerContacts:
        return DocumentView::tr("Partner contacts");
    default:
        return DocumentView::tr("Opportunity");
    }
}

} // namespace sectiontabs

// Every tab is there from the start, titled (its problem count comes with the findings),
// holding an empty page until it is built. The window's letters, when known, are taken
// before the page in view is built: a label given its letter later is measured again.
void DocumentView::buildTabs(const std::optional<mnemonics::Taken> &windowMnemonics)
{
    for (const Section section : sectiontabs::kOrder) {
        const QString title = sectiontabs::title(section);
        const int tab = m_tabs->addTab(new QWidget, title);
        m_tabs->tabBar()->setTabData(tab, QString(title).replace(u'&', QStringLiteral("&&")));
    }
    if (windowMnemonics)
        takeMnemonics(*windowMnemonics);
    buildTab(m_tabs->currentIndex());
    connect(m_tabs, &QTabWidget::currentChanged, this, &DocumentView::buildTab);
}

void DocumentView::buildTab(int tab)
{
    if (tab < 0 || tab >= int(m_pages.size()) || m_pages.at(tab).widget)
        return;
    Page &page = m_pages[tab];
    const Section section = sectiontabs::kOrder.at(tab);
    // A page is made inside the tabs, never as a window of its own: moved from a window
    // into the tabs, it would lose the tab order it sets among its widgets.
    if (core::FieldCatalogue::section(section)->isArray) {
        page.table = new SectionTableWidget(m_session, section, m_tabs);
        page.table->setEnabled(!m_readOnly);
        connect(page.table, &SectionTableWidget::cellTyping, this, &DocumentView::cellTyping);
        page.widget = page.table;
    } else {
        buildForm(page, section);
    }
    putInPlace(tab, page.widget);
}

void DocumentView::buildForm(Page &page, Section section)
{
    QWidget *form = section == Section::Opportunity ? static_cast<QWidget *>(new OpportunityForm)
                                                    : static_cast<QWidget *>(new LegalEntityForm);
    page.binder = new FormBinder(m_session, form, this);
    page.decorator = new FieldDecorator(m_session, page.binder, this);
    if (m_formMnemonics)
        page.binder->assignMnemonics(*m_formMnemonics);
    form->setEnabled(!m_readOnly);
    page.area = new QScrollArea(m_tabs);
    page.area->setObjectName(form->objectName() + QStringLiteral("Scroll"));
    page.area->setWidgetResizable(true);
    page.area->setFrameShape(QFrame::NoFrame);
    page.area->setWidget(form);
    page.area->setAccessibleName(sectiontabs::title(section)); // a focus stop of its own
    page.widget = page.area;
}

// The built page takes the empty one's place; the tab keeps its title, badge, colour and
// tip, and stays current if it was (no change of section is signalled: there is none).
void DocumentView::putInPlace(int tab, QWidget *page)
{
    QTabBar *bar = m_tabs->tabBar();
    const QSignalBlocker quiet(m_tabs);
    const bool current = m_tabs->currentIndex() == tab;
    QWidget *empty = m_tabs->widget(tab);
    const QVariant mnemonicTitle = bar->tabData(tab);
    const QColor color = bar->tabTextColor(tab);
    const QString tip = m_tabs->tabToolTip(tab);
    const QIcon icon = m_tabs->tabIcon(tab);
    const QString text = m_tabs->tabText(tab);
    m_tabs->removeTab(tab);
    m_tabs->insertTab(tab, page, icon, text);
    bar->setTabData(tab, mnemonicTitle);
    bar->setTabTextColor(tab, color);
    m_tabs->setTabToolTip(tab, tip);
    if (current)
        m_tabs->setCurrentIndex(tab);
    delete empty;
}

SectionTableWidget *DocumentView::table(Section section)
{
    const int tab = sectiontabs::tabOf(section);
    if (tab < 0 || !core::FieldCatalogue::section(section)->isArray)
        return nullptr;
    buildTab(tab);
    return m_pages.at(tab).table;
}

std::optional<TypedCell> DocumentView::typedCell() const
{
    for (const Page &page : m_pages) {
        if (page.table) {
            if (std::optional<TypedCell> typed = page.table->typedCell())
                return typed;
        }
    }
    return std::nullopt;
}

void DocumentView::setReadOnly(bool readOnly)
{
    const bool changed = readOnly != m_readOnly;
    m_readOnly = readOnly;
    for (const Page &page : m_pages) {
        if (page.area)
            page.area->widget()->setEnabled(!readOnly);
        if (page.table)
            page.table->setEnabled(!readOnly);
    }
    if (changed)
        Q_EMIT readOnlyChanged(readOnly);
}

} // namespace leadopp::ui
