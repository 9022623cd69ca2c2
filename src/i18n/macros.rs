//! The declaration of a set of messages (see [`messages!`]).

/// Declares a struct of messages: texts (fields), arrays of texts, and formats (methods
/// taking the values by name), loaded from a [`Catalogue`].
macro_rules! messages {
    (
        $(#[$sdoc:meta])*
        pub struct $name:ident;
        parts { $( $(#[$pdoc:meta])* $part:ident : $ptype:ty, )* }
        texts { $( $(#[$tdoc:meta])* $text:ident, )* }
        arrays { $( $(#[$adoc:meta])* $array:ident [$n:literal], )* }
        formats { $( $(#[$fdoc:meta])* fn $format:ident ( $( $arg:ident : $ty:ty ),* ); )* }
    ) => {
        $(#[$sdoc])*
        pub struct $name {
            /// The language code: `en`, `fr`.
            pub lang: &'static str,
            catalogue: &'static $crate::i18n::Catalogue,
            $( $(#[$pdoc])* pub $part: $ptype, )*
            $( $(#[$tdoc])* pub $text: &'static str, )*
            $( $(#[$adoc])* pub $array: [&'static str; $n], )*
        }

        impl $name {
            pub(crate) fn new(catalogue: &'static $crate::i18n::Catalogue) -> Self {
                $name {
                    lang: catalogue.lang,
                    catalogue,
                    $( $part: <$ptype>::new(catalogue), )*
                    $( $text: catalogue.leak(stringify!($text)), )*
                    $( $array: std::array::from_fn(|i| {
                        catalogue.leak(&format!("{}-{}", stringify!($array), i + 1))
                    }), )*
                }
            }

            /// The catalogue these messages come from.
            pub fn catalogue(&self) -> &'static $crate::i18n::Catalogue {
                self.catalogue
            }

            $(
                $(#[$fdoc])*
                pub fn $format(&self, $( $arg: $ty ),*) -> String {
                    #[allow(unused_mut)]
                    let mut args = ::fluent_bundle::FluentArgs::new();
                    $( args.set(stringify!($arg), $crate::i18n::Arg::value(&$arg, self.lang)); )*
                    self.catalogue.format(stringify!($format), Some(&args))
                }
            )*

            /// Every message id with the names of its variables (for the catalogue tests);
            /// an array `x` of n texts is the messages `x-1` to `x-n`.
            pub const KEYS: &[(&str, &[&str])] = &[
                $( (stringify!($text), &[]), )*
                $( (stringify!($format), &[ $( stringify!($arg) ),* ]), )*
            ];

            /// The number of texts of each array message (for the catalogue tests).
            pub const ARRAYS: &[(&str, usize)] = &[ $( (stringify!($array), $n), )* ];
        }
    };
}
