//! The one mechanism for writes to a provider system that must happen exactly
//! once (a booking, an online request), however often a form is submitted and
//! whatever happens to the answer on the way back.
//!
//! Each write is a row with a random key and a typed state. One caller *claims*
//! it with a conditional update (ready -> sending): only the caller whose update
//! changed a row calls the provider; the others wait for or read its outcome.
//! The caller then *finishes* it (done, refused, or unknown when the answer was
//! lost; an unknown write is settled later by looking it up at the provider by
//! its reference). States are enums stored as words through sqlx: a word that no
//! state has is a decode error, never a silent default.

use crate::{domain::AccountId, on_db, platform::db::Db};
use std::fmt::Debug;

/// The states of one kind of write. Declare one with [`stored_states!`].
pub trait Lifecycle: Copy + Eq + Debug + Send + Sync + 'static {
    /// While the one caller that claimed the write is calling the provider.
    const SENDING: Self;
    /// Every state.
    const ALL: &'static [Self];
    /// The word stored in the database.
    fn as_str(self) -> &'static str;
    fn parse(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.as_str() == word)
    }
}

/// Declares an enum of states stored as words: `Lifecycle`, and sqlx encoding
/// for SQLite and PostgreSQL that refuses a word it does not know.
#[macro_export]
macro_rules! stored_states {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal, )+
        }
        sending = $sending:ident;
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $crate::platform::attempts::Lifecycle for $name {
            const SENDING: Self = Self::$sending;
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $word,)+
                }
            }
        }

        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            String: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <String as sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <String as sqlx::Type<DB>>::compatible(ty)
            }
        }

        impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $name
        where
            &'q str: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                let word: &'q str = $crate::platform::attempts::Lifecycle::as_str(*self);
                <&'q str as sqlx::Encode<'q, DB>>::encode_by_ref(&word, buf)
            }
        }

        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let word = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
                <Self as $crate::platform::attempts::Lifecycle>::parse(word)
                    .ok_or_else(|| format!("unknown {} {word:?}", stringify!($name)).into())
            }
        }
    };
}

/// Another column to set in the same update as the state.
#[derive(Clone, Copy, Debug)]
pub enum Also<'a> {
    Text(&'static str, Option<&'a str>),
    Int(&'static str, Option<i64>),
}

/// A table of writes: its name and key column. Every table has `state`,
/// `updated_at` and `account_id` columns.
pub struct Ledger {
    pub table: &'static str,
    pub key_column: &'static str,
}

impl Ledger {
    /// Claims a write that is in `from` for sending. True only for the one caller
    /// whose update found it in `from`: a double click or a resubmitted form calls
    /// the provider once.
    pub async fn claim<S: Lifecycle>(
        &self,
        db: &Db,
        key: &str,
        from: S,
        now: i64,
        also: &[Also<'_>],
    ) -> Result<bool, sqlx::Error> {
        self.update(db, key, Some(from), None, S::SENDING, now, also)
            .await
    }

    /// Moves a write from `from` to `to`, only if it is in `from` now (and, with
    /// `owner`, belongs to that account). True when it moved.
    #[allow(clippy::too_many_arguments)]
    pub async fn transition<S: Lifecycle>(
        &self,
        db: &Db,
        key: &str,
        from: S,
        owner: Option<AccountId>,
        to: S,
        now: i64,
        also: &[Also<'_>],
    ) -> Result<bool, sqlx::Error> {
        self.update(db, key, Some(from), owner, to, now, also).await
    }

    /// Records the outcome of a write, whatever state it was in.
    pub async fn finish<S: Lifecycle>(
        &self,
        db: &Db,
        key: &str,
        to: S,
        now: i64,
        also: &[Also<'_>],
    ) -> Result<(), sqlx::Error> {
        self.update(db, key, None, None, to, now, also)
            .await
            .map(|_| ())
    }

    /// True when a write has been sending for longer than `after_secs`: the caller
    /// that claimed it has stopped (an app server restarted mid-call), so its
    /// outcome is unknown and must be looked up.
    pub fn stalled<S: Lifecycle>(state: S, updated_at: i64, now: i64, after_secs: i64) -> bool {
        state == S::SENDING && now - updated_at > after_secs
    }

    #[allow(clippy::too_many_arguments)]
    async fn update<S: Lifecycle>(
        &self,
        db: &Db,
        key: &str,
        from: Option<S>,
        owner: Option<AccountId>,
        to: S,
        now: i64,
        also: &[Also<'_>],
    ) -> Result<bool, sqlx::Error> {
        let mut sql = format!("UPDATE {} SET state = $1, updated_at = $2", self.table);
        let mut n = 2;
        for a in also {
            n += 1;
            let column = match a {
                Also::Text(c, _) | Also::Int(c, _) => c,
            };
            sql.push_str(&format!(", {column} = ${n}"));
        }
        n += 1;
        sql.push_str(&format!(" WHERE {} = ${n}", self.key_column));
        if from.is_some() {
            n += 1;
            sql.push_str(&format!(" AND state = ${n}"));
        }
        if owner.is_some() {
            n += 1;
            sql.push_str(&format!(" AND account_id = ${n}"));
        }
        on_db!(db, |pool| {
            let mut q = sqlx::query(&sql).bind(to.as_str()).bind(now);
            for a in also {
                q = match *a {
                    Also::Text(_, v) => q.bind(v),
                    Also::Int(_, v) => q.bind(v),
                };
            }
            q = q.bind(key);
            if let Some(f) = from {
                q = q.bind(f.as_str());
            }
            if let Some(o) = owner {
                q = q.bind(o);
            }
            q.execute(pool).await.map(|r| r.rows_affected() == 1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::SqlitePoolOptions;

    stored_states! {
        /// States of a test write.
        pub enum TestState {
            Ready = "ready",
            Sending = "sending",
            Done = "done",
        }
        sending = Sending;
    }

    const WRITES: Ledger = Ledger {
        table: "writes",
        key_column: "k",
    };

    async fn db() -> (Db, sqlx::SqlitePool) {
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::query(
            "CREATE TABLE writes (k TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at BIGINT NOT NULL, \
             account_id BIGINT NOT NULL, note TEXT)",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO writes VALUES ('a', 'ready', 0, 1, NULL), ('b', 'bogus', 0, 1, NULL)",
        )
        .execute(&pool)
        .await
        .unwrap();
        (Db::Sqlite(pool.clone()), pool)
    }

    async fn state_of(pool: &sqlx::SqlitePool, k: &str) -> Result<TestState, sqlx::Error> {
        sqlx::query_scalar::<_, TestState>("SELECT state FROM writes WHERE k = $1")
            .bind(k)
            .fetch_one(pool)
            .await
    }

    #[tokio::test]
    async fn one_claim_wins_and_the_outcome_is_recorded_with_its_columns() {
        let (db, pool) = db().await;
        assert!(WRITES
            .claim(&db, "a", TestState::Ready, 5, &[])
            .await
            .unwrap());
        assert!(!WRITES
            .claim(&db, "a", TestState::Ready, 6, &[])
            .await
            .unwrap());
        assert_eq!(state_of(&pool, "a").await.unwrap(), TestState::Sending);
        let moved = WRITES
            .transition(
                &db,
                "a",
                TestState::Sending,
                Some(AccountId(2)),
                TestState::Done,
                7,
                &[],
            )
            .await
            .unwrap();
        assert!(!moved, "another account's write does not move");
        WRITES
            .finish(
                &db,
                "a",
                TestState::Done,
                8,
                &[Also::Text("note", Some("T1"))],
            )
            .await
            .unwrap();
        let (note, at): (String, i64) =
            sqlx::query_as("SELECT note, updated_at FROM writes WHERE k = 'a'")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!((note.as_str(), at), ("T1", 8));
        assert!(Ledger::stalled(TestState::Sending, 0, 20, 15));
        assert!(!Ledger::stalled(TestState::Done, 0, 20, 15));
    }

    #[tokio::test]
    async fn a_state_word_no_state_has_is_an_error_not_a_default() {
        let (_db, pool) = db().await;
        assert!(state_of(&pool, "b").await.is_err());
        assert_eq!(TestState::parse("done"), Some(TestState::Done));
        assert_eq!(TestState::parse("Done"), None);
    }
}
