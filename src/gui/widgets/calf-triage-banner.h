/* calf-triage-banner.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "calf-result.h"

G_BEGIN_DECLS

/*
 * The triage level of a result as a banner: a coloured box with an icon,
 * the level in words ("Emergency"), the title and the advice, so that the
 * colour is never the only cue. Style classes .calf-triage-<level>.
 */

#define CALF_TYPE_TRIAGE_BANNER (calf_triage_banner_get_type ())

G_DECLARE_FINAL_TYPE (CalfTriageBanner, calf_triage_banner, CALF, TRIAGE_BANNER, GtkWidget)

GtkWidget  *calf_triage_banner_new        (void);
void        calf_triage_banner_set_result (CalfTriageBanner *self,
                                           CalfResult       *result);
/* "Emergency", "Urgent", … (translated). */
const char *calf_triage_level_get_label   (CalfTriageLevel   level);
const char *calf_triage_level_get_icon_name (CalfTriageLevel level);
/* The level word, title and advice, as one string (for tests and AT). */
char       *calf_triage_banner_get_text   (CalfTriageBanner *self);

G_END_DECLS
