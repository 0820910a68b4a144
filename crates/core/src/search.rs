//! Search as a reader types it: a query finds a name whatever its case,
//! accents and punctuation ("guaido" finds "Juan Guaidó", "putin" finds
//! "Vladimir Putín", "usa" finds "U.S.A."), and an entity by any of its names.

use crate::resolve::keys::fold;

/// A reader's query, folded once for every name it is compared with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// Folded: lower case, accents and punctuation gone, words one space apart.
    folded: String,
    /// The same without spaces, for initials written with dots ("U.S.A." ~ "usa").
    joined: String,
}

impl Query {
    pub fn new(text: &str) -> Query {
        let folded = fold(text);
        let joined = folded.replace(' ', "");
        Query { folded, joined }
    }

    /// An empty query (or one of punctuation only) finds everything.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Whether `name` holds the query, both folded.
    pub fn finds(&self, name: &str) -> bool {
        if self.is_empty() {
            return true;
        }
        let name = fold(name);
        name.contains(&self.folded) || name.replace(' ', "").contains(&self.joined)
    }

    /// Whether any of an entity's names (its name, then its aliases) holds the query.
    pub fn finds_any<'n>(&self, names: impl IntoIterator<Item = &'n str>) -> bool {
        self.is_empty() || names.into_iter().any(|n| self.finds(n))
    }
}

#[cfg(test)]
mod tests {
    use super::Query;

    #[test]
    fn case_accents_and_punctuation_do_not_matter() {
        for (query, name) in [
            ("guaido", "Juan Guaidó"),
            ("putin", "Vladimir Putín"),
            ("PUTIN", "Putin's"),
            ("usa", "U.S.A."),
            ("estados unidos", "EE. UU. (Estados Unidos)"),
            ("díaz-canel", "Miguel Díaz Canel"),
            ("munchen", "München"),
        ] {
            assert!(Query::new(query).finds(name), "{query:?} should find {name:?}");
        }
        assert!(!Query::new("putin").finds("Maduro"), "another name");
    }

    #[test]
    fn an_entity_is_found_by_any_of_its_names() {
        let names = ["Estados Unidos", "United States", "EE. UU."];
        assert!(Query::new("united states").finds_any(names));
        assert!(Query::new("ee uu").finds_any(names));
        assert!(!Query::new("russia").finds_any(names));
        assert!(Query::new("").finds_any(names) && Query::new(" - ").is_empty(), "no query finds everything");
    }
}
