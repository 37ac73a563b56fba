#pragma once

#include <QWidget>

class QComboBox;

namespace leadopp::ui {

/// The language of the editor: the system's or one the program speaks, each named in its
/// own language. The choice is stored at once and applies when the editor starts again,
/// which the note under the list says; the list is the focus proxy, so a form label's
/// buddy reaches it.
class LanguageChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageChooser)

public:
    explicit LanguageChooser(QWidget *parent = nullptr);

    /// "" while the system's language is followed, else a code such as "ja".
    QString language() const;

private:
    QComboBox *m_combo = nullptr;
};

} // namespace leadopp::ui
