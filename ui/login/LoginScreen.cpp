#include "LoginScreen.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

LoginScreen::LoginScreen(core::Checkout& checkout, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_operatorEdit(new QLineEdit(this))
    , m_pinEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("loginScreen"));
    const core::TillIdentity till = checkout.till().settings().identity();

    auto* title = new QLabel(tr("Kassa"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setAlignment(Qt::AlignCenter);
    auto* place = new QLabel(tr("%1, till %2").arg(till.storeName, till.tillId), this);
    place->setAlignment(Qt::AlignCenter);
    place->setWordWrap(true);

    m_operatorEdit->setObjectName(QStringLiteral("operatorLineEdit"));
    m_operatorEdit->setMaxLength(16);
    m_operatorEdit->setPlaceholderText(tr("Operator number"));
    m_pinEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(8);
    m_pinEdit->setPlaceholderText(tr("PIN"));
    m_messageLabel->setObjectName(QStringLiteral("loginMessageLabel"));
    m_messageLabel->setProperty("role", QStringLiteral("error"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);

    auto* form = new QFormLayout;
    form->addRow(tr("Operator"), m_operatorEdit);
    form->addRow(tr("PIN"), m_pinEdit);

    auto* pad = new QGridLayout;
    const QStringList keys{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("4"),
                           QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("1"), QStringLiteral("2"),
                           QStringLiteral("3"), QStringLiteral("C"), QStringLiteral("0"), QStringLiteral("OK")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* button = new QPushButton(keys[i] == QLatin1String("C")    ? tr("Clear")
                                       : keys[i] == QLatin1String("OK") ? tr("OK")
                                                                        : keys[i],
                                       this);
        button->setObjectName(QStringLiteral("pinPad%1Button").arg(keys[i]));
        button->setFocusPolicy(Qt::NoFocus); // taps must not steal the cursor from the fields
        button->setProperty("role", QStringLiteral("pad"));
        connect(button, &QPushButton::clicked, this, [this, key = keys[i]] { padPressed(key); });
        pad->addWidget(button, i / 3, i % 3);
    }

    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("loginPanel"));
    panel->setMaximumWidth(420);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(title);
    panelLayout->addWidget(place);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_messageLabel);
    panelLayout->addLayout(pad);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_operatorEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_operatorEdit->text().trimmed().isEmpty()) {
            m_pinEdit->setFocus();
        }
    });
    connect(m_pinEdit, &QLineEdit::returnPressed, this, &LoginScreen::submit);
}

void LoginScreen::reset() {
    m_operatorEdit->clear();
    m_pinEdit->clear();
    m_messageLabel->clear();
    m_operatorEdit->setFocus();
}

QLineEdit* LoginScreen::activeField() const {
    return m_pinEdit->hasFocus() ? m_pinEdit : m_operatorEdit;
}

void LoginScreen::padPressed(const QString& key) {
    QLineEdit* field = activeField();
    if (key == QLatin1String("C")) {
        field->clear();
    } else if (key == QLatin1String("OK")) {
        if (field == m_operatorEdit) {
            Q_EMIT m_operatorEdit->returnPressed();
        } else {
            submit();
        }
    } else {
        field->insert(key);
    }
}

void LoginScreen::submit() {
    const QString id = m_operatorEdit->text().trimmed();
    if (id.isEmpty()) {
        m_messageLabel->setText(tr("Type your operator number first."));
        m_operatorEdit->setFocus();
        return;
    }
    auto person = m_checkout.login(id, m_pinEdit->text());
    m_pinEdit->clear();
    if (!person) {
        // An unknown operator and a wrong PIN get one answer: the PIN is typed again, and the
        // number stays for a look (Shift+Tab goes back to it).
        m_messageLabel->setText(core::describe(person.error()));
        m_pinEdit->setFocus();
        return;
    }
    m_messageLabel->clear();
    Q_EMIT loggedIn();
}

} // namespace kassa::ui
