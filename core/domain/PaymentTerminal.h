#pragma once

// The card payment terminal as the till sees it: it is asked to authorise an amount, or to
// refund one against an earlier authorisation, and gives back a masked card number and an
// authorisation code, never card data. A real terminal may take many seconds: callers on a
// screen run these calls off the UI thread. The simulator stands in for a terminal in tests,
// training and the demo, and can be told to decline or not to answer.

#include "Money.h"

#include <QString>
#include <map>

namespace kassa::core {

struct CardAuthorization {
    QString maskedPan; // "************1234"
    QString authCode;
    QString scheme; // "VISA", "MASTERCARD" ...
};

class PaymentTerminal {
public:
    virtual ~PaymentTerminal() = default;
    virtual Result<CardAuthorization> authorize(Money amount, const QString& reference) = 0;
    // Gives `amount` back to the card of `originalAuthCode` (the terminal refuses more than the
    // authorisation paid).
    virtual Result<CardAuthorization> refund(Money amount, const QString& originalAuthCode,
                                             const QString& reference) = 0;
};

class SimulatedPaymentTerminal final : public PaymentTerminal {
public:
    enum class Mode { Approve, Decline, NoAnswer };

    explicit SimulatedPaymentTerminal(Mode mode = Mode::Approve)
        : m_mode(mode) {}
    void setMode(Mode mode) { m_mode = mode; }
    [[nodiscard]] Mode mode() const { return m_mode; }

    Result<CardAuthorization> authorize(Money amount, const QString& reference) override;
    Result<CardAuthorization> refund(Money amount, const QString& originalAuthCode, const QString& reference) override;

private:
    [[nodiscard]] CardAuthorization answer(const QString& seed);

    Mode m_mode;
    int m_authorizations = 0;
    // The card each authorisation was made on: a refund goes back to that card, as a real
    // terminal's does (the same last four on the refund receipt).
    std::map<QString, QString> m_cardOf;
};

} // namespace kassa::core
