/* calf-emergency.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The emergency telephone number to show: by territory from
 * data/emergency-numbers.json (000 in Australia, 111 in New Zealand, 911 in
 * North America, 999 in the United Kingdom, …), 112 where the table has
 * none. The territory comes from the locale (LC_TELEPHONE, then
 * LC_ADDRESS, LC_ALL and LANG: the first that names one); the person can
 * choose a number of their own in Preferences (GSettings keys
 * "emergency-number-automatic" and "emergency-number").
 */

#define CALF_EMERGENCY_DEFAULT_NUMBER "112"

/* "GB" for "en_GB.UTF-8", NULL for "C" or a locale without a region. */
char       *calf_emergency_territory_from_locale (const char *locale);
/* The region of the current environment's locale, or NULL. */
char       *calf_emergency_get_territory         (void);
/* The number for a region ("GB", "UK", "US", …); NULL gives the default. */
const char *calf_emergency_number_for_territory  (const char *territory);
/* "Australia" (translated by iso-codes where installed), or the code. */
char       *calf_emergency_describe_territory    (const char *territory);
/* The number for the environment's locale. */
const char *calf_emergency_get_automatic_number  (void);
/* A number someone could dial: 2 to 15 digits, spaces allowed between. */
gboolean    calf_emergency_number_is_valid       (const char *number);
/* The number to show: the custom one when the settings ask for it and it
 * is valid, otherwise the automatic one. @settings may be NULL. */
char       *calf_emergency_get_number            (GSettings  *settings);

G_END_DECLS
