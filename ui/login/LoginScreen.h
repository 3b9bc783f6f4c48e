#pragma once

// The first screen of a shift: operator number and PIN, typed on the keyboard or tapped on
// the PIN pad. A wrong PIN says how many tries are left; a locked account says until when.

#include "core/till/Checkout.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kassa::ui {

class LoginScreen : public QWidget {
    Q_OBJECT

public:
    explicit LoginScreen(core::Checkout& checkout, QWidget* parent = nullptr);

    // Clears the fields and puts the cursor in the operator field.
    void reset();

Q_SIGNALS:
    void loggedIn();

private:
    void submit();
    void padPressed(const QString& key);
    QLineEdit* activeField() const;

    core::Checkout& m_checkout;
    QLineEdit* m_operatorEdit;
    QLineEdit* m_pinEdit;
    QLabel* m_messageLabel;
};

} // namespace kassa::ui
