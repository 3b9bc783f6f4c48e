#pragma once

// Every screen's message line: red for what was refused and what to do, blue for what was done.
// One look everywhere, directly under the field the cashier types in, cleared by the next action.

class QLabel;
class QString;

namespace kassa::ui {

enum class Tone { Problem, Done };

void showMessage(QLabel* label, const QString& text, Tone tone = Tone::Problem);
// A label made a message line: wraps, and starts empty in the problem's colour.
void makeMessageLine(QLabel* label);

} // namespace kassa::ui
