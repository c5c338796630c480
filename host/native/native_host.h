// The native-messaging front end: frames in on one descriptor, replies out on another, nothing else
// ever written to the output. Logs go to the log stream (stderr in production).
#pragma once

#include <ostream>

#include "catalogue/catalogue.h"
#include "result.h"

namespace kw::native {

// Exit codes of the native host (docs/protocol.md); a browser only sees the port close.
enum class HostExit : int {
  kClean = 0,           // the browser closed the port (EOF between frames)
  kFrameTooLarge = 3,   // a declared length over the input limit
  kFrameTruncated = 4,  // the stream ended inside a frame
  kIoError = 5,         // reading or writing the pipes failed
};

// Serves requests until EOF or a broken stream. Invalid UTF-8 or JSON gets an error reply naming
// the byte offset, and the host keeps serving; a frame it cannot read in full gets an error reply
// and ends.
HostExit serve(int in_fd, int out_fd, const Result<Catalogue>& catalogue, std::ostream& log);

}  // namespace kw::native
