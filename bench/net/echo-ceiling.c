// The TCP echo benchmark (echo.js) with no runtime at all: one thread runs both the client and
// the echo server over loopback, as node's single event loop does, with the same 64 KiB client
// writes and 64 KiB server reads. What it reaches is the ceiling for any single-threaded
// implementation that moves the bytes through read(2)/write(2) ("rw"), or through the kernel
// alone with splice(2) ("splice": socket -> pipe -> socket, no copy to user space).
// Build and run: bench/net/echo-ceiling.sh (needs gcc).
//   echo-ceiling rw|splice [MiB]     prints "<mode>: <MB/s> MB/s" (MB = 10^6 bytes, counted once)
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK 65536

static char clientOut[CHUNK], clientIn[CHUNK], serverBuf[CHUNK];

static void die(const char *what) {
  perror(what);
  exit(1);
}

// A connected pair over loopback: *client and the server's accepted end *server, non-blocking.
static void connectedPair(int *client, int *server) {
  struct sockaddr_in addr = {0};
  socklen_t len = sizeof addr;
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (listener < 0 || bind(listener, (void *)&addr, sizeof addr) || listen(listener, 1) ||
      getsockname(listener, (void *)&addr, &len)) die("listen");
  *client = socket(AF_INET, SOCK_STREAM, 0);
  if (*client < 0 || connect(*client, (void *)&addr, sizeof addr)) die("connect");
  *server = accept(listener, NULL, NULL);
  if (*server < 0) die("accept");
  close(listener);
  fcntl(*client, F_SETFL, O_NONBLOCK);
  fcntl(*server, F_SETFL, O_NONBLOCK);
}

int main(int argc, char **argv) {
  if (argc < 2 || (strcmp(argv[1], "rw") && strcmp(argv[1], "splice"))) {
    fprintf(stderr, "usage: echo-ceiling rw|splice [MiB]\n");
    return 2;
  }
  int useSplice = !strcmp(argv[1], "splice");
  long total = (argc > 2 ? atol(argv[2]) : 1024) * 1048576L;
  int client, server, pipeFds[2];
  connectedPair(&client, &server);
  if (pipe2(pipeFds, O_NONBLOCK)) die("pipe2");
  memset(clientOut, 0x5a, CHUNK);

  long sent = 0, received = 0;
  long held = 0, heldOffset = 0;  // bytes the server has read (or spliced in) and not yet sent back
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  while (received < total) {
    struct pollfd fds[2] = {
      {client, POLLIN | (sent < total ? POLLOUT : 0), 0},
      {server, held == 0 ? POLLIN : POLLOUT, 0},
    };
    if (poll(fds, 2, -1) < 0) die("poll");
    if (fds[0].revents & POLLOUT) {
      long n = write(client, clientOut, total - sent < CHUNK ? total - sent : CHUNK);
      if (n > 0) sent += n;
    }
    if (fds[0].revents & POLLIN) {
      long n;
      while ((n = read(client, clientIn, CHUNK)) > 0) received += n;
    }
    if (held == 0 && (fds[1].revents & POLLIN)) {
      long n = useSplice ? splice(server, NULL, pipeFds[1], NULL, CHUNK, SPLICE_F_MOVE | SPLICE_F_NONBLOCK)
                         : read(server, serverBuf, CHUNK);
      if (n > 0) {
        held = n;
        heldOffset = 0;
      }
    }
    if (held > 0) {
      long n = useSplice ? splice(pipeFds[0], NULL, server, NULL, held, SPLICE_F_MOVE | SPLICE_F_NONBLOCK)
                         : write(server, serverBuf + heldOffset, held);
      if (n > 0) {
        held -= n;
        heldOffset += n;
      }
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
  printf("%s: %.1f MB/s\n", argv[1], total / 1e6 / seconds);
  return 0;
}
