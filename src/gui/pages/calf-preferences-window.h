/* calf-preferences-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * CalfPreferencesWindow: the emergency number, chosen automatically from
 * the region of the formats settings (LC_TELEPHONE, …) or typed in by the person; stored in
 * the GSettings keys emergency-number-automatic and emergency-number.
 */

#define CALF_TYPE_PREFERENCES_WINDOW (calf_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CalfPreferencesWindow, calf_preferences_window, CALF, PREFERENCES_WINDOW, AdwWindow)

GtkWidget *calf_preferences_window_new              (GtkWindow             *parent,
                                                     GSettings             *settings);
/* Stores @number as the custom emergency number; FALSE (and nothing
 * stored) when it is not 2 to 15 digits. */
gboolean   calf_preferences_window_set_custom_number (CalfPreferencesWindow *self,
                                                      const char            *number);

G_END_DECLS
