"""A Redis lock store whose tickets are safe with several Rasa replicas (endpoints-cluster.yml).

Rasa 3.6's RedisLockStore reads the lock of a conversation, changes it and writes it back in three
separate steps; two replicas that take a ticket for the same conversation at the same moment can
both get the same number, or one can overwrite the other's ticket (RasaHQ/rasa#9213; the fix,
ConcurrentRedisLockStore, was reverted from Rasa Open Source). Here every change of a lock is one
Redis transaction (WATCH/MULTI/EXEC, retried on a conflict), so the messages of one conversation
are handled one at a time, in the order their tickets were taken, whichever replica takes them.

A message that waits for the lock looks again every 0.1 s instead of Rasa's 1 s.
"""

import json
from typing import Any, Callable, Optional, Text, Tuple

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

WAIT_SECONDS = 0.1


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        settings = dict(endpoint_config.kwargs) if endpoint_config is not None else {}
        settings.update(kwargs)
        if endpoint_config is not None and endpoint_config.url:
            settings.setdefault("host", endpoint_config.url)
        settings.pop("type", None)
        super().__init__(**settings)

    def _change(
        self, conversation_id: Text, change: Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]
    ):
        """Applies `change` to the stored lock atomically; a None lock is deleted."""
        key = self.key_prefix + conversation_id

        def apply(pipe: Any) -> Any:
            raw = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(raw)) if raw else None
            new, result = change(lock)
            pipe.multi()
            if new is None:
                pipe.delete(key)
            else:
                pipe.set(key, new.dumps())
            return result

        return self.red.transaction(apply, key, value_from_callable=True)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def take(lock: Optional[TicketLock]) -> Tuple[TicketLock, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, take)
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{type(error).__name__}") from error

    def update_lock(self, conversation_id: Text) -> None:
        def expire(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, expire)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        def finish(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._change(conversation_id, finish)

    def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1):
        return super().lock(conversation_id, lock_lifetime, min(wait_time_in_seconds, WAIT_SECONDS))
