#ifndef CGMIME_SHIM_H
#define CGMIME_SHIM_H

#include <fcntl.h>
#include <gmime/gmime.h>

/* GObject type-check and cast macros do not import into Swift; these wrap them. */

static inline GMimeObject *cgmime_object(void *p) { return GMIME_OBJECT(p); }
static inline gboolean cgmime_is_multipart(GMimeObject *o) { return GMIME_IS_MULTIPART(o); }
static inline gboolean cgmime_is_text_part(GMimeObject *o) { return GMIME_IS_TEXT_PART(o); }
static inline gboolean cgmime_is_part(GMimeObject *o) { return GMIME_IS_PART(o); }
static inline gboolean cgmime_is_message_part(GMimeObject *o) { return GMIME_IS_MESSAGE_PART(o); }
static inline GMimeMultipart *cgmime_multipart(GMimeObject *o) { return GMIME_MULTIPART(o); }
static inline GMimeTextPart *cgmime_text_part(GMimeObject *o) { return GMIME_TEXT_PART(o); }
static inline GMimePart *cgmime_part(GMimeObject *o) { return GMIME_PART(o); }
static inline GMimeMessagePart *cgmime_message_part(GMimeObject *o) { return GMIME_MESSAGE_PART(o); }
static inline GMimeStreamMem *cgmime_stream_mem(GMimeStream *s) { return GMIME_STREAM_MEM(s); }
static inline GMimeStreamFilter *cgmime_stream_filter(GMimeStream *s) { return GMIME_STREAM_FILTER(s); }
static inline gboolean cgmime_is_mailbox(InternetAddress *a) { return INTERNET_ADDRESS_IS_MAILBOX(a); }
static inline InternetAddressMailbox *cgmime_mailbox(InternetAddress *a) { return INTERNET_ADDRESS_MAILBOX(a); }
static inline InternetAddressGroup *cgmime_group(InternetAddress *a) { return INTERNET_ADDRESS_IS_GROUP(a) ? INTERNET_ADDRESS_GROUP(a) : NULL; }
static inline void cgmime_unref(void *p) { g_object_unref(p); }
static inline void cgmime_ref(void *p) { g_object_ref(p); }

#endif
