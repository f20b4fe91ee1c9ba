// Loaded into the server by `npm run soak` (node --import): answers the soak's IPC "memory"
// message with process.memoryUsage(), so the soak reads RSS and heap from the real process.
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ ...process.memoryUsage() })
})
// The IPC channel must not keep a server that was asked to stop alive.
process.channel?.unref()
