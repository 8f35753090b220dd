#include <gmime/gmime.h>
#include <fcntl.h>
#include <stdlib.h>
int main(int c,char**v){g_mime_init();int fd=open(v[1],O_RDONLY);gint64 s=atoll(v[2]),e=atoll(v[3]);
GMimeStream*st=g_mime_stream_fs_new_with_bounds(fd,s,e);GMimeParser*p=g_mime_parser_new_with_stream(st);g_mime_parser_set_format(p,GMIME_FORMAT_MBOX);
int n=0;while(!g_mime_parser_eos(p)){gint64 before=g_mime_parser_tell(p);GMimeMessage*m=g_mime_parser_construct_message(p,NULL);if(!m){printf("fail at %lld (tell now %lld) after %d\n",(long long)before,(long long)g_mime_parser_tell(p),n);break;}n++;g_object_unref(m);}
printf("n=%d\n",n);return 0;}
